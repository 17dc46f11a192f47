import { defineConfig } from "vitest/config";
import { packageTestConfig } from "../config/vitest.ts";

// The harness measures the BUILT packages (dist/), as users run them: no @maxtoken/source
// condition here. `turbo run test` builds them first (test depends on ^build).
export default defineConfig(packageTestConfig({ testTimeout: 120_000, hookTimeout: 60_000 }, { sources: false }));
