import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../config/vitest.ts";

export default defineConfig(packageTestConfig({ testTimeout: 30_000, hookTimeout: 90_000 }));
