import { defineConfig } from "vitest/config";

export default defineConfig({
  // The examples themselves run as child processes against the BUILT packages; only the
  // test harness (@maxtoken/conformance/harness) resolves to sources.
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"] } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 90_000, hookTimeout: 60_000 },
});
