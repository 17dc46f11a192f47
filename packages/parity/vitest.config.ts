import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../config/vitest.ts";

// Sources through the workspace condition; the tests also load the built copies on purpose.
export default defineConfig(packageTestConfig({ testTimeout: 30_000, hookTimeout: 60_000 }));
