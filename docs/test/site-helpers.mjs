// @ts-check
// Helpers for the browser test: build the site, tell loopback from the outside world, and
// collect every internal link of the built site.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { inflateSync } from "node:zlib";

export const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Runs `scripts/build.mjs --out <outDir>` (what `pnpm run docs` runs) and rejects with its
 * output when it fails.
 * @param {string} outDir
 */
export function buildSite(outDir) {
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, [join(docsDir, "scripts", "build.mjs"), "--out", outDir], {
      cwd: docsDir,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", rejectBuild);
    child.on("close", (exitCode) => {
      if (exitCode === 0) resolveBuild(output);
      else rejectBuild(new Error(`the docs build failed (exit ${exitCode}):\n${output}`));
    });
  });
}

/**
 * Whether loading `url` stays on this machine: loopback hosts, or no network at all (data:,
 * blob:, about:).
 * @param {string} url
 */
export function staysOnLoopback(url) {
  const parsed = new URL(url);
  if (["data:", "blob:", "about:"].includes(parsed.protocol)) return true;
  const host = parsed.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * typedoc stores the sidebar and the search index as base64 of deflated JSON in
 * `window.<name> = "..."` (assets/navigation.js, assets/search.js).
 * @param {string} script
 */
export function decodeTypedocData(script) {
  const match = /=\s*"([^"]+)"/.exec(script);
  if (!match?.[1]) throw new Error("no typedoc data in script");
  return JSON.parse(inflateSync(Buffer.from(match[1], "base64")).toString("utf8"));
}

/**
 * Every site-relative path in typedoc's navigation tree (`path` of each node, recursively).
 * @param {unknown} nodes
 * @returns {string[]}
 */
export function navigationPaths(nodes) {
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((node) => [
    ...(typeof node?.path === "string" ? [node.path] : []),
    ...navigationPaths(node?.children),
  ]);
}

/**
 * The `href` and `src` attribute values of an HTML page, entities decoded.
 * @param {string} html
 */
export function linksOf(html) {
  const links = [];
  for (const match of html.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/g)) {
    links.push((match[1] ?? "").replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'"));
  }
  return links;
}

/**
 * Whether a page (HTML or SVG) has an element that a `#fragment` may point to.
 * @param {string} text
 * @param {string} fragment decoded, without "#"
 */
export function hasAnchor(text, fragment) {
  const escaped = fragment.replace(
    /[&"<>]/g,
    (c) => ({ "&": "&amp;", '"': "&quot;", "<": "&lt;", ">": "&gt;" })[c] ?? c,
  );
  return text.includes(`id="${escaped}"`) || text.includes(`name="${escaped}"`);
}
