import { defineConfig } from "vitest/config";

export default defineConfig({
  // The harness measures the BUILT packages (dist/), as users run them: no @maxtoken/source
  // condition here. `turbo run test` builds them first (test depends on ^build).
  test: { include: ["test/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 60_000 },
});
