import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../config/vitest.ts";

// Compiling the spec's schemas with ajv takes seconds on a loaded 2-core machine.
export default defineConfig(
  packageTestConfig({ include: ["test/**/*.test.mjs"], testTimeout: 30_000 }, { sources: false }),
);
