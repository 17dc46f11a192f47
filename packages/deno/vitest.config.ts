import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../config/vitest.ts";

export default defineConfig(
  packageTestConfig({
    // test/deno/ holds `deno test` files, run by test/deno.test.ts in the real Deno binary.
    exclude: ["test/deno/**", "**/node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  }),
);
