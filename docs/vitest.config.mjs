import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.mjs"],
    // Each file runs typedoc; on 2 shared cores they go one after the other.
    fileParallelism: false,
    testTimeout: 60_000,
    // The site build runs in beforeAll: about 25 s on a quiet machine, several times that on a busy one.
    hookTimeout: 600_000,
  },
});
