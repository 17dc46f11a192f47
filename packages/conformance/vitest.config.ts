import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages resolve to their sources (ARCHITECTURE.md), on the server side too.
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"] } },
  test: { include: ["test/**/*.test.ts"] },
});
