import type { RuntimeAdapter } from "@maxtoken/core/internal";

// Only the parts of the `Deno` namespace used here; read through globalThis so this module
// also loads outside Deno (the cross-package tests import it in Node).
interface DenoNamespace {
  version: { deno: string };
  permissions: { querySync(descriptor: { name: "env"; variable: string }): { state: string } };
  env: { get(name: string): string | undefined };
}

const deno = (globalThis as { Deno?: DenoNamespace }).Deno;

/**
 * Reads an environment variable only when the permission for it is already granted
 * (`--allow-env` or `--allow-env=MAXTOKEN_API_KEY,...`): `querySync` never prompts, and
 * `Deno.env.get` is not called otherwise, so a program without env access never sees a prompt.
 */
function readEnv(name: string): string | undefined {
  try {
    return readEnvGranted(name) ? deno?.env.get(name) || undefined : undefined;
  } catch {
    return undefined;
  }
}

function readEnvGranted(name: string): boolean {
  try {
    return deno?.permissions.querySync({ name: "env", variable: name }).state === "granted";
  } catch {
    return false;
  }
}

/** How `@maxtoken/deno` names itself (`deno/<version>`) and reads its environment. */
export const runtime: RuntimeAdapter = {
  runtime: "deno",
  runtimeVersion: deno?.version.deno ?? "unknown",
  packageName: "@maxtoken/deno",
  readEnv,
  sendUserAgent: true,
  browser: false,
  missingKeyHint: () =>
    readEnvGranted("MAXTOKEN_API_KEY")
      ? undefined
      : "Deno reads MAXTOKEN_API_KEY only with env access: run with --allow-env=MAXTOKEN_API_KEY.",
};
