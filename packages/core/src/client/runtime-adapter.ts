/**
 * What a runtime package (`@maxtoken/node`, `@maxtoken/deno`, `@maxtoken/browser`) tells core
 * about its environment. Each runtime package implements it once in its `src/runtime.ts`.
 *
 * @example
 * ```ts
 * export const runtime: RuntimeAdapter = {
 *   runtime: "node", runtimeVersion: process.versions.node, packageName: "@maxtoken/node",
 *   readEnv: (name) => process.env[name], sendUserAgent: true, browser: false,
 * };
 * ```
 */
export interface RuntimeAdapter {
  /** Runtime name for `x-maxtoken-sdk`: `"node"`, `"bun"`, `"deno"`, `"browser"`, ... */
  runtime: string;
  /** Runtime version for `x-maxtoken-sdk`, e.g. `"20.20.2"`. */
  runtimeVersion: string;
  /** The npm/JSR name of the runtime package, e.g. `"@maxtoken/node"`. */
  packageName: string;
  /** Reads an environment variable; never throws and never prompts (`undefined` when unavailable). */
  readEnv(name: string): string | undefined;
  /** Whether to send `User-Agent` (false in browsers, which forbid or ignore it). */
  sendUserAgent: boolean;
  /**
   * Whether the browser key policy applies (`dangerouslyAllowBrowser`, proxy `baseURL`): in a page,
   * where `window.document` exists. Workers (Cloudflare, Vercel Edge) are servers: false there.
   */
  browser: boolean;
  /**
   * A sentence added to the missing-key error when the runtime withholds `MAXTOKEN_API_KEY`
   * (e.g. Deno without `--allow-env`): how to make it readable. `undefined`: nothing to add.
   */
  missingKeyHint?(): string | undefined;
}
