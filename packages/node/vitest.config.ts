import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../config/vitest.ts";

export default defineConfig(
  packageTestConfig({
    // test/bun/ holds `bun test` files, run by test/bun.test.ts in the real Bun binary.
    exclude: ["test/bun/**", "**/node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  }),
);
