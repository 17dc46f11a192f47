import { defineConfig } from "vitest/config";

export default defineConfig({
  // Workspace packages resolve to their sources (ARCHITECTURE.md), on the server side too.
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"], externalConditions: ["@maxtoken/source"] } },
  test: {
    include: ["test/**/*.test.ts"],
    // Generated code is written under test/.scratch/ (git-ignored) to be typechecked and run.
    exclude: ["test/.scratch/**", "**/node_modules/**"],
    testTimeout: 60_000,
    // Hooks render and typecheck whole generated clients.
    hookTimeout: 60_000,
  },
});
