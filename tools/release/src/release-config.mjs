// @ts-check
// Which workspace packages are released, as .changeset/config.json decides.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readWorkspacePackages } from "./workspace-packages.mjs";

/**
 * @typedef {import("./workspace-packages.mjs").WorkspacePackage} WorkspacePackage
 * @typedef {{ fixed?: string[][], baseBranch?: string }} ChangesetConfig
 */

/** @param {string} rootDir @returns {ChangesetConfig} */
export function readChangesetConfig(rootDir) {
  return JSON.parse(readFileSync(path.join(rootDir, ".changeset", "config.json"), "utf8"));
}

/**
 * The packages a release ships: every public package, plus the private ones that a fixed group
 * names (`@maxtoken/deno`: its package.json is private because it goes to JSR, not npm, but
 * it is versioned with the group).
 * @param {string} rootDir
 * @returns {WorkspacePackage[]}
 */
export function readReleasedPackages(rootDir) {
  const fixedNames = new Set((readChangesetConfig(rootDir).fixed ?? []).flat());
  return readWorkspacePackages(rootDir).filter((pkg) => !pkg.private || fixedNames.has(pkg.name));
}
