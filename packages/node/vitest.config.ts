import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages resolve to their sources (ARCHITECTURE.md), on the server side too.
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // test/bun/ holds `bun test` files, run by test/bun.test.ts in the real Bun binary.
    exclude: ["test/bun/**", "**/node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
