// @ts-check
// The workspace's packages, read the way pnpm reads them, with no dependencies: the release
// scripts run on a bare checkout (the changeset check in CI runs before any install).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * @typedef {object} WorkspacePackage
 * @property {string} name
 * @property {string} version
 * @property {boolean} private
 * @property {string} dir        absolute path of the package folder
 * @property {string} relativeDir  path from the repository root, with "/" separators
 * @property {Record<string, unknown>} packageJson
 */

/**
 * The `packages:` globs of pnpm-workspace.yaml. Only the forms this repository uses are
 * understood: a folder (`openapi`) or every folder one level down (`packages/*`).
 * @param {string} rootDir
 * @returns {string[]}
 */
export function readWorkspaceGlobs(rootDir) {
  const text = readFileSync(path.join(rootDir, "pnpm-workspace.yaml"), "utf8");
  const globs = [];
  let inPackages = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^packages:\s*$/.test(line)) {
      inPackages = true;
      continue;
    }
    if (!inPackages) continue;
    const item = /^\s+-\s+["']?([^"'#\s]+)["']?\s*(#.*)?$/.exec(line);
    if (item?.[1]) globs.push(item[1]);
    else if (/^\S/.test(line)) inPackages = false; // the next top-level key
  }
  for (const glob of globs) {
    if (glob.startsWith("!") || /\*.*\//.test(glob) || glob.includes("**")) {
      throw new Error(
        `pnpm-workspace.yaml: the release scripts do not understand the glob "${glob}"; extend tools/release/src/workspace-packages.mjs`,
      );
    }
  }
  return globs;
}

/**
 * Every package of the workspace (the root package excluded).
 * @param {string} rootDir
 * @returns {WorkspacePackage[]}
 */
export function readWorkspacePackages(rootDir) {
  /** @type {WorkspacePackage[]} */
  const packages = [];
  for (const glob of readWorkspaceGlobs(rootDir)) {
    const dirs = glob.endsWith("/*")
      ? listFolders(path.join(rootDir, glob.slice(0, -2))).map((name) => `${glob.slice(0, -2)}/${name}`)
      : [glob.replace(/\/$/, "")];
    for (const relativeDir of dirs) {
      const manifest = path.join(rootDir, relativeDir, "package.json");
      if (!existsSync(manifest)) continue;
      const packageJson = JSON.parse(readFileSync(manifest, "utf8"));
      packages.push({
        name: packageJson.name,
        version: packageJson.version,
        private: packageJson.private === true,
        dir: path.join(rootDir, relativeDir),
        relativeDir,
        packageJson,
      });
    }
  }
  return packages.sort((a, b) => a.relativeDir.localeCompare(b.relativeDir));
}

/** @param {string} dir */
function listFolders(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith("."))
    .map((entry) => entry.name);
}
