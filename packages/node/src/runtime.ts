import type { RuntimeAdapter } from "@maxtoken/core/internal";

// Globals are read through globalThis so this module loads wherever they are missing.
interface Scope {
  process?: { env?: Record<string, string | undefined>; versions?: Record<string, string | undefined> };
  // Deno also runs this package (`npm:@maxtoken/node`); only the parts used here.
  Deno?: {
    version: { deno: string };
    permissions: { querySync(descriptor: { name: "env"; variable: string }): { state: string } };
  };
  window?: { document?: unknown };
}

const scope = globalThis as Scope;
const bunVersion = scope.process?.versions?.bun;
const deno = scope.Deno;
// A page, as openai-node decides it: a key there is readable by everyone who opens it. A bundler
// can put this package in one, where the browser key policy applies as in @maxtoken/browser.
const inPage = scope.window?.document !== undefined;

/**
 * Under Deno, `process.env` needs the env permission: reading without it throws, or prompts in a
 * terminal. The permission is queried first (`querySync` never prompts), so an optional variable
 * such as `MAXTOKEN_LOG` never needs `--allow-env`.
 */
function envGranted(name: string): boolean {
  if (!deno) return true;
  try {
    return deno.permissions.querySync({ name: "env", variable: name }).state === "granted";
  } catch {
    return false;
  }
}

function readEnv(name: string): string | undefined {
  try {
    return envGranted(name) ? scope.process?.env?.[name] || undefined : undefined;
  } catch {
    return undefined;
  }
}

/**
 * How `@maxtoken/node` reads its environment and names itself in `x-maxtoken-sdk`:
 * `node/<version>`, or `bun/<version>` and `deno/<version>` under Bun and Deno (which also run it).
 */
export const runtime: RuntimeAdapter = {
  runtime: bunVersion ? "bun" : deno ? "deno" : "node",
  runtimeVersion: bunVersion ?? deno?.version.deno ?? scope.process?.versions?.node ?? "unknown",
  packageName: "@maxtoken/node",
  readEnv,
  sendUserAgent: !inPage,
  browser: inPage,
  missingKeyHint: () =>
    envGranted("MAXTOKEN_API_KEY")
      ? undefined
      : "Deno reads MAXTOKEN_API_KEY only with env access: run with --allow-env=MAXTOKEN_API_KEY.",
};
