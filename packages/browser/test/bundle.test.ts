// What a browser loads: no Node built-in anywhere in the graph, and a page that creates a
// client and iterates a stream stays within its gzip budget (esbuild, minified).
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Metafile, type Plugin } from "esbuild";
import { describe, expect, test } from "vitest";
import { BROWSER_BUILD, gzipSize } from "../../../config/browser-build.mjs";

// 10 KiB until header parameters, parameter checks, text and raw answers and ChatStream landed
// together (docs/decisions/0009-browser-page-budget.md).
const BUDGET_GZIP_BYTES = 11 * 1024;
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Records every import of a Node built-in instead of resolving it. */
function nodeBuiltins(found: string[]): Plugin {
  const builtins = new Set(builtinModules);
  return {
    name: "node-builtins",
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/^node:/, "").split("/")[0]!;
        if (args.path.startsWith("node:") || builtins.has(bare)) {
          found.push(`${args.path} (imported by ${args.importer})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

async function bundle(entry: string, conditions: string[] = []) {
  const found: string[] = [];
  const result = await build({
    entryPoints: [entry],
    ...BROWSER_BUILD,
    conditions,
    write: false,
    metafile: true,
    logLevel: "silent",
    plugins: [nodeBuiltins(found)],
  });
  const code = result.outputFiles[0]!.contents;
  return { code, found, metafile: result.metafile };
}

/** Bytes of the minified output per input file, largest first: what to cut when over budget. */
function breakdown(metafile: Metafile): string {
  const inputs = Object.values(metafile.outputs)[0]!.inputs;
  return Object.entries(inputs)
    .sort(([, a], [, b]) => b.bytesInOutput - a.bytesInOutput)
    .map(([path, { bytesInOutput }]) => `${String(bytesInOutput).padStart(7)}  ${path}`)
    .join("\n");
}

describe("browser graph", () => {
  test("the sources (with core's sources) import no Node built-in", async () => {
    const { found } = await bundle(here("../src/generated/index.gen.ts"), ["@maxtoken/source"]);
    expect(found).toEqual([]);
  });

  test("the published ESM build (with core's build and dependencies) imports no Node built-in", async () => {
    const { found } = await bundle(here("../dist/index.js"));
    expect(found).toEqual([]);
  });

  test("dist/maxtoken.browser.js is self-contained: no import or export from another module", async () => {
    const { readFile } = await import("node:fs/promises");
    const code = await readFile(here("../dist/maxtoken.browser.js"), "utf8");
    expect(code).not.toMatch(/\bimport\s*["'{*]|\bimport\s*\(|\bfrom\s*["']/);
    expect(code).toMatch(/export\s*\{/);
  });
});

describe("tree-shaking of the published build", () => {
  test("a page that calls no operation through the base client bundles no operation and no checker rule", async () => {
    const { code } = await bundle(here("budget/base-client-only.ts"));
    const text = new TextDecoder().decode(code);
    // The chat call's path and its checker's rules (the web search domain pattern) are dropped.
    expect(text).not.toContain("/chat/completions");
    expect(text).not.toContain("A-Za-z0-9+.-]*://");
    // ...while the same page through the client class carries both (the control).
    const full = new TextDecoder().decode((await bundle(here("budget/page.ts"))).code);
    expect(full).toContain("/chat/completions");
    expect(full).toContain("A-Za-z0-9+.-]*://");
  });
});

describe("size budget", () => {
  test(`a page that creates a client and iterates a stream is at most ${BUDGET_GZIP_BYTES} bytes gzip`, async () => {
    const { code, metafile } = await bundle(here("budget/page.ts"));
    const gzipBytes = gzipSize(code);
    console.info(`browser page: ${code.byteLength} bytes minified, ${gzipBytes} bytes gzip\n${breakdown(metafile)}`);
    expect(
      gzipBytes,
      `${gzipBytes} bytes gzip is over the ${BUDGET_GZIP_BYTES}-byte budget; minified bytes per input:\n${breakdown(metafile)}`,
    ).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });
});
