// @ts-check
// Figure 5: the bytes a browser page ships. Each page in ../pages/ is bundled from the built
// packages, as a user's bundler sees them, with the settings the browser package and its budget
// tests use (config/browser-build.mjs), then gzipped. The metafile gives the largest inputs.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BROWSER_BUILD, gzipSize } from "../../../config/browser-build.mjs";
import { REPO_ROOT } from "./generate.mjs";

export const PAGES = [
  { name: "raw-fetch", label: "fetch + split (reference)", file: "raw-fetch.mjs" },
  // The page the browser package's size budget test measures, so both report one figure.
  { name: "maxtoken", label: "@maxtoken/browser", file: "../../../packages/browser/test/budget/page.ts" },
  { name: "openapi-fetch", label: "openapi-fetch + line split", file: "openapi-fetch.mjs" },
  { name: "openai", label: "openai", file: "openai.mjs" },
];

/**
 * @param {string} file  a page in ../pages/
 * @returns {Promise<{ minified: number, gzip: number, largestInputs: Array<{ path: string, bytes: number }> }>}
 */
export async function bundlePage(file) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../pages/${file}`, import.meta.url))],
    ...BROWSER_BUILD,
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: REPO_ROOT,
  });
  const code = /** @type {import("esbuild").OutputFile} */ (result.outputFiles[0]).contents;
  const output = /** @type {import("esbuild").Metafile["outputs"][string]} */ (
    Object.values(result.metafile.outputs)[0]
  );
  const largestInputs = Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({
      path: path.replace(/^.*node_modules\//, "").replace(/^(\.\.\/)+/, ""),
      bytes: bytesInOutput,
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  return { minified: code.length, gzip: gzipSize(code), largestInputs };
}

export async function measureBundles() {
  /** @type {Record<string, Awaited<ReturnType<typeof bundlePage>>>} */
  const results = {};
  for (const page of PAGES) results[page.name] = await bundlePage(page.file);
  return results;
}
