import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@maxtoken/source"] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Test files share a worker's module cache, so the spec is bundled and compiled once per worker.
    isolate: false,
  },
});
