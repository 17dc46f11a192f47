// Scale: a large real-world spec (test/fixtures/large/: Plaid's, 200 operations and 1,278
// schemas, plus our chat path) generates, its output typechecks, and a page that calls one of its
// operations carries none of the others. How long generation takes is measured in
// bench/generator/, not here; bytes are deterministic, so their budget is a test.
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { chatPage, pageSize } from "./support/page-size.ts";
import { FIXTURES, FIXTURES_DIR } from "./support/paths.ts";
import { denoCheck, materialize, scratchDir, typecheck, typecheckForBrowsers } from "./support/scratch.ts";

let files: Map<string, string>;
let dir: string;
beforeAll(async () => {
  files = await renderSpec(join(FIXTURES_DIR, "large/openapi.json"), "large", undefined, () => {});
  dir = scratchDir("large");
  materialize(dir, files);
}, 600_000);

it("the large fixture generates a function and a method per operation and typechecks", { timeout: 600_000 }, () => {
  const resources = [...files].filter(([path]) => path.startsWith("resources/")).map(([, content]) => content);
  expect(resources.flatMap((content) => [...content.matchAll(/^ {2}return client\.request</gm)])).toHaveLength(201);
  expect(resources.flatMap((content) => [...content.matchAll(/^ {4}return \w+\(this\.#client\b/gm)])).toHaveLength(201);
  expect(files.get("types.gen.ts")!.match(/^export (interface|type) /gm)!.length).toBeGreaterThan(1278);
  const { status, output } = typecheck(dir);
  expect(output).toBe("");
  expect(status).toBe(0);
});

it("the large fixture's output typechecks for browsers (DOM, no Node types) and under Deno", {
  timeout: 600_000,
}, () => {
  const browser = typecheckForBrowsers(dir);
  expect(browser.output).toBe("");
  expect(browser.status).toBe(0);
  const deno = denoCheck(dir, "generated/index.gen.ts");
  expect(deno.output).not.toMatch(/error/i);
  expect(deno.status).toBe(0);
});

it("a page streaming one chat through the large spec's base client is as small as through our spec's", {
  timeout: 120_000,
}, async () => {
  const ours = scratchDir("large-page-ours");
  materialize(ours, await renderSpec(FIXTURES[0].spec, FIXTURES[0].label, undefined, () => {}));
  const large = await pageSize(chatPage("PlaidBase", "./generated/index.gen.ts"), dir);
  const small = await pageSize(chatPage("MaxtokenBase", "./generated/index.gen.ts"), ours);
  console.info(`chat page: large spec ${large.gzip} B gzip, our spec ${small.gzip} B gzip`);
  // The same operation and checker rules; only names differ. A 200-operation spec adds nothing.
  expect(large.gzip).toBeLessThanOrEqual(small.gzip + 64);
  expect(large.minified).toBeLessThanOrEqual(small.minified + 128);
});
