import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { WorkspacePackage } from "../../src/workspace-packages.mjs";
import { readWorkspacePackages } from "../../src/workspace-packages.mjs";
import { repoRoot } from "./paths.ts";

/** The files a release reads, copied from this repository (sources are not needed). */
export const RELEASE_INPUTS = [
  "package.json",
  "pnpm-workspace.yaml",
  ".changeset/config.json",
  ".changeset/README.md",
  "packages/core/src/version.ts",
];

/**
 * Copies the root manifests, the changeset config, every workspace package.json, every
 * deno.json/jsr.json beside one, and core's version.ts into `target`.
 */
export function copyReleaseInputs(target: string): WorkspacePackage[] {
  const packages: WorkspacePackage[] = readWorkspacePackages(repoRoot);
  const files = [...RELEASE_INPUTS];
  for (const pkg of packages) {
    for (const name of ["package.json", "deno.json", "jsr.json"]) {
      if (existsSync(path.join(pkg.dir, name))) files.push(`${pkg.relativeDir}/${name}`);
    }
  }
  for (const file of files) copyFile(file, target);
  return packages;
}

export function copyFile(relativePath: string, target: string): void {
  const destination = path.join(target, relativePath);
  mkdirSync(path.dirname(destination), { recursive: true });
  cpSync(path.join(repoRoot, relativePath), destination);
}

export function writeFile(root: string, relativePath: string, text: string): void {
  const destination = path.join(root, relativePath);
  mkdirSync(path.dirname(destination), { recursive: true });
  writeFileSync(destination, text);
}
