// Builds dist/maxtoken.browser.js: the published ESM build with @maxtoken/core and its
// dependencies inlined, minified, for a plain <script type="module"> with no import map.
import { readFile, writeFile } from "node:fs/promises";
import { build } from "esbuild";
import { BROWSER_BUILD } from "../../../config/browser-build.mjs";

const { version } = JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8"));

await build({
  entryPoints: [new URL("../dist/index.js", import.meta.url).pathname],
  outfile: new URL("../dist/maxtoken.browser.js", import.meta.url).pathname,
  ...BROWSER_BUILD,
  legalComments: "eof",
  banner: {
    js: `/*! @maxtoken/browser ${version} | MIT | self-contained build: import it from a <script type="module"> */`,
  },
  logLevel: "warning",
});

// Types for the bundle (the `./bundle` export): the same as the package's.
await writeFile(new URL("../dist/maxtoken.browser.d.ts", import.meta.url), `export * from "./index.js";\n`);
