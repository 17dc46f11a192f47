import { defineConfig } from "vitest/config";

export default defineConfig({
  // Sources through the workspace condition; the tests also load the built copies on purpose.
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 60_000 },
});
