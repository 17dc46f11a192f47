// The three runtime packages have one public surface: one generated entry
// (src/generated/index.gen.ts, the same bytes in all three, every export by name), the same runtime
// exports from sources and from the builds, every name the README and guides promise, and core's whole user
// API (so a name added to core's index reaches users through `pnpm generate`).

import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, test } from "vitest";
import * as browserSource from "../../browser/src/generated/index.gen.ts";
import * as denoSource from "../../deno/src/generated/index.gen.ts";
import * as nodeSource from "../../node/src/generated/index.gen.ts";

const packages = ["node", "deno", "browser"] as const;
const run = promisify(execFile);

const entryText = (name: string) =>
  readFile(fileURLToPath(new URL(`../../${name}/src/generated/index.gen.ts`, import.meta.url)), "utf8");

/** The names a module exports, types included, read from its `export { ... }` lists. */
async function declaredNames(text: string): Promise<string[]> {
  expect(text, "no export *").not.toMatch(/export\s+(type\s+)?\*/);
  const names: string[] = [];
  for (const [, list] of text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const item of list!.split(",")) {
      const cleaned = item
        .replace(/\/\/.*$/gm, "")
        .trim()
        .replace(/^type\s+/, "");
      if (cleaned) names.push(cleaned.split(/\s+as\s+/).pop()!);
    }
  }
  return names.sort();
}

const DESIGN_NAMES = [
  // values
  "Maxtoken",
  "APIPromise",
  "Stream",
  "MaxtokenError",
  "APIError",
  "BadRequestError",
  "ContentPolicyViolationError",
  "AuthenticationError",
  "PermissionDeniedError",
  "InsufficientBalanceError",
  "NotFoundError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "APIConnectionError",
  "APITimeoutError",
  "APIUserAbortError",
  "StreamError",
  "ValidationError",
  // types
  "ChatCompletion",
  "ChatCompletionChunk",
  "ChatCompletionCreateParams",
  "ChatCompletionCreateParamsStreaming",
  "ChatCompletionCreateParamsNonStreaming",
  "ChatCompletionMessageParam",
  "ChatCompletionContentPartText",
  "WebSearchTool",
  "CompletionUsage",
  "ErrorBody",
  "ClientOptions",
  "RequestOptions",
];

describe("the same public surface in every runtime package", () => {
  test("the generated entries of node, deno and browser are one file listing the documented names and core's user API", async () => {
    const [node, deno, browser] = await Promise.all(packages.map(entryText));
    expect(deno).toBe(node);
    expect(browser).toBe(node);
    const names = await declaredNames(node!);
    expect(names).toEqual(expect.arrayContaining(DESIGN_NAMES));
    const coreIndex = await readFile(fileURLToPath(new URL("../../core/src/index.ts", import.meta.url)), "utf8");
    expect(names).toEqual(expect.arrayContaining(await declaredNames(coreIndex)));
    // The generated-code contract stays behind @maxtoken/core/internal.
    expect(names).not.toContain("BaseClient");
    expect(names).not.toContain("RuntimeAdapter");
  });

  test("the modules export the same runtime values, from sources and from the builds", async () => {
    const keys = (module: object) => Object.keys(module).sort();
    const expected = keys(nodeSource);
    expect(keys(denoSource)).toEqual(expected);
    expect(keys(browserSource)).toEqual(expected);
    expect(expected).toEqual(expect.arrayContaining(DESIGN_NAMES.filter((name) => name in nodeSource)));
    // The builds, loaded by plain node as npm users load them (no workspace conditions).
    const { stdout } = await run(process.execPath, [fileURLToPath(new URL("fixtures/builds.mjs", import.meta.url))]);
    const builds = (JSON.parse(stdout) as { keys: Record<string, string[]> }).keys;
    expect(Object.keys(builds).sort()).toEqual(["browser ESM", "browser bundle", "node CJS", "node ESM"]);
    for (const [label, names] of Object.entries(builds)) expect(names, label).toEqual(expected);
  });
});
