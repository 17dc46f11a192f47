#!/usr/bin/env node
// `pnpm run docs`: builds the docs site into docs/site/.
//   1. typedoc (packages mode, docs/typedoc.config.mjs): every package's API with the guides;
//      any warning (an undocumented export, a broken link) fails the build.
//   2. Redocly renders the OpenAPI spec into site/api/index.html, scripts inlined (offline).
// Usage: node docs/scripts/build.mjs [--out <dir>]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoDir = resolve(docsDir, "..");
const require = createRequire(join(docsDir, "package.json"));

const { values } = parseArgs({ options: { out: { type: "string" } } });
const outDir = values.out ? resolve(values.out) : join(docsDir, "site");

// Nothing we run may phone home.
const env = {
  ...process.env,
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  NO_COLOR: process.env.NO_COLOR ?? "",
};

/** The path of a package's bin script, from its package.json. */
function binOf(packageName, binName) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const manifest = require(manifestPath);
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin[binName];
  return join(dirname(manifestPath), bin);
}

function run(step, args) {
  const started = Date.now();
  console.log(`docs: ${step}`);
  const result = spawnSync(process.execPath, args, { cwd: docsDir, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`docs: ${step} failed (exit ${result.status ?? result.signal}); the site is incomplete.`);
    process.exit(result.status || 1);
  }
  console.log(`docs: ${step} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

run("typedoc (packages, guides)", [
  binOf("typedoc", "typedoc"),
  "--options",
  join(docsDir, "typedoc.config.mjs"),
  "--out",
  outDir,
]);

run("Redocly build-docs (HTTP API reference)", [
  binOf("@redocly/cli", "redocly"),
  "build-docs",
  join(repoDir, "openapi", "openapi.yaml"),
  "--inlineBundle",
  "--template",
  join(docsDir, "api-reference.hbs"),
  "--config",
  join(docsDir, "redocly.yaml"),
  "--output",
  join(outDir, "api", "index.html"),
]);

// Redoc's sidebar shows Redocly's logo from their CDN, which a page of this site must not load
// (the site works offline, and the browser test fails on any request beyond loopback). The
// logo's two URLs in the inlined bundle become a local image with the same words.
const apiPage = join(outDir, "api", "index.html");
const localLogo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="13" font-family="sans-serif" font-size="13" fill="#666">Redocly</text></svg>',
)}`;
const remoteLogos = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];
let apiHtml = readFileSync(apiPage, "utf8");
for (const logo of remoteLogos) {
  if (!apiHtml.includes(logo)) {
    console.error(
      `docs: ${logo} is gone from Redocly's output; check what the API page loads now (the browser test lists it)`,
    );
  }
  apiHtml = apiHtml.replaceAll(logo, localLogo);
}
// Redoc prerenders its sidebar links as site-absolute paths ("/chat") and turns them into hash
// routes ("#/chat") only once its script runs; opened in a new tab before that, or without
// scripts, "/chat" is a 404. Outside the inlined scripts they become the hash routes at once.
apiHtml = apiHtml
  .split(/(<script[\s\S]*?<\/script>)/)
  .map((part) => (part.startsWith("<script") ? part : part.replace(/ href="\/(?!\/)([^"]*)"/g, ' href="#/$1"')))
  .join("");
// The SDK version in the top bar (the typedoc pages show it too).
const sdkVersion = JSON.parse(readFileSync(join(repoDir, "packages", "node", "package.json"), "utf8")).version;
apiHtml = apiHtml.replace("SDK SDK_VERSION", `SDK ${sdkVersion}`);
writeFileSync(apiPage, apiHtml);

if (!existsSync(join(outDir, "index.html")) || !existsSync(join(outDir, "api", "index.html"))) {
  console.error("docs: the build finished without index.html or api/index.html");
  process.exit(1);
}
const serveHint = values.out ? `pnpm run docs:serve --dir ${outDir}` : "pnpm run docs:serve";
console.log(`docs: site built in ${outDir}; serve it with \`${serveHint}\``);
