import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@maxtoken/source"] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Golden files are written by `toMatchFileSnapshot`; the generated fixture clients are
    // typechecked and called from a scratch folder under test/.scratch (git-ignored by the test).
    watch: false,
  },
});
