import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../config/vitest.ts";

// The examples themselves run as child processes against the BUILT packages; only the
// test harness (@maxtoken/conformance/harness) resolves to sources.
export default defineConfig(packageTestConfig({ testTimeout: 90_000, hookTimeout: 60_000 }));
