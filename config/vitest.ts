import type { ViteUserConfig } from "vitest/config";

/** Makes workspace packages resolve to their sources (ARCHITECTURE.md), on the server side too. */
export const SOURCE_CONDITIONS = {
  resolve: { conditions: ["@maxtoken/source"] },
  ssr: { resolve: { conditions: ["@maxtoken/source"] } },
} satisfies ViteUserConfig;

/**
 * A package's vitest config: tests in `test/**\/*.test.ts`, plus what the package adds.
 *
 * @param test - settings particular to the package (they win over the defaults).
 * @param sources - `false` for packages that test their builds, not their sources.
 */
export function packageTestConfig(test: ViteUserConfig["test"], { sources = true } = {}): ViteUserConfig {
  return { ...(sources ? SOURCE_CONDITIONS : {}), test: { include: ["test/**/*.test.ts"], ...test } };
}
