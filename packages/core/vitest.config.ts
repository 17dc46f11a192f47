import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../../config/vitest.ts";

export default defineConfig(packageTestConfig({ testTimeout: 20_000 }));
