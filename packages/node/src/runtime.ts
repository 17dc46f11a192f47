import type { RuntimeAdapter } from "@maxtoken/core";

// `process` is read through globalThis so this module also loads where it is missing.
const processLike = (globalThis as { process?: NodeProcessLike }).process;

interface NodeProcessLike {
  env?: Record<string, string | undefined>;
  versions?: Record<string, string | undefined>;
}

const bunVersion = processLike?.versions?.bun;

/**
 * How `@maxtoken/node` reads its environment and names itself in `x-maxtoken-sdk`:
 * `node/<version>`, or `bun/<version>` under Bun (which also runs this package).
 */
export const runtime: RuntimeAdapter = {
  runtime: bunVersion ? "bun" : "node",
  runtimeVersion: bunVersion ?? processLike?.versions?.node ?? "unknown",
  packageName: "@maxtoken/node",
  readEnv: (name) => processLike?.env?.[name] || undefined,
  sendUserAgent: true,
  browser: false,
};
