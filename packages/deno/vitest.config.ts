import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages resolve to their sources (ARCHITECTURE.md), on the server side too.
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // test/deno/ holds `deno test` files, run by test/deno.test.ts in the real Deno binary.
    exclude: ["test/deno/**", "**/node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
