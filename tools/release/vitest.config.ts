import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // These tests spawn git, changesets, pnpm pack, publint and attw: generous timeouts, and
    // one file at a time on a machine that other packages' tests share.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
