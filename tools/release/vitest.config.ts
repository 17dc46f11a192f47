import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../config/vitest.ts";

export default defineConfig(
  packageTestConfig(
    {
      // These tests spawn git, changesets, pnpm pack, publint and attw: generous timeouts, and
      // one file at a time on a machine that other packages' tests share.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
    { sources: false },
  ),
);
