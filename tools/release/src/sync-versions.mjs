#!/usr/bin/env node
// @ts-check
// Run after `changeset version`: changesets bumps package.json files only, so this copies each
// released package's new version to the other places that carry it:
//   - deno.json / jsr.json beside the package.json (what `deno publish` reads for JSR), when
//     they exist and name a package: their `version`, and their imports of other released
//     workspace packages (`"@maxtoken/core": "jsr:@maxtoken/core@^0.1.0"`);
//   - the VERSION constant in packages/core/src/version.ts (what core sends in x-maxtoken-sdk).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readChangesetConfig, readReleasedPackages } from "./release-config.mjs";

/** The JSR manifests `deno publish` reads, beside a package.json. */
export const JSR_MANIFESTS = ["deno.json", "jsr.json"];

/** TypeScript files holding a package's version as `export const VERSION = "x.y.z";`. */
export const VERSION_CONSTANTS = [{ packageName: "@maxtoken/core", file: "src/version.ts" }];

/**
 * @param {string} rootDir the repository root
 * @returns {{ file: string, from: string, to: string }[]} what changed (paths relative to rootDir)
 */
export function syncVersions(rootDir) {
  const released = readReleasedPackages(rootDir);
  assertFixedGroupsAgree(rootDir, released);
  /** @type {{ file: string, from: string, to: string }[]} */
  const changes = [];

  const workspaceVersions = new Map(released.map((pkg) => [pkg.name, pkg.version]));
  for (const pkg of released) {
    for (const manifestName of JSR_MANIFESTS) {
      const file = path.join(pkg.dir, manifestName);
      if (!existsSync(file)) continue; // not created yet, or this package is not on JSR
      for (const change of syncJsonManifest(file, pkg.version, workspaceVersions)) {
        changes.push({ file: path.relative(rootDir, file), ...change });
      }
    }
  }

  for (const { packageName, file: relativeFile } of VERSION_CONSTANTS) {
    const pkg = released.find((candidate) => candidate.name === packageName);
    if (!pkg) throw new Error(`sync-versions: ${packageName} is not a released workspace package`);
    const file = path.join(pkg.dir, relativeFile);
    const change = syncVersionConstant(file, pkg.version);
    if (change) changes.push({ file: path.relative(rootDir, file), ...change });
  }
  return changes;
}

/**
 * Sets the top-level `version` of a deno.json/jsr.json, and moves its `imports` of other
 * released workspace packages (`jsr:@maxtoken/core@^0.1.0`) to their new versions, keeping the
 * range operator: on 0.x, `^0.1.0` does not accept 0.2.0. Keeps the file's layout when it
 * already has a version. A manifest with neither `name` nor `version` configures Deno only and
 * is left alone.
 * @param {string} file
 * @param {string} version
 * @param {Map<string, string>} [workspaceVersions] released package name -> its version
 * @returns {{ from: string, to: string }[]}
 */
export function syncJsonManifest(file, version, workspaceVersions = new Map()) {
  const text = readFileSync(file, "utf8");
  const manifest = JSON.parse(text);
  if (typeof manifest.name !== "string" && typeof manifest.version !== "string") return [];
  /** @type {{ from: string, to: string }[]} */
  const changes = [];
  let next = text;

  if (manifest.version !== version) {
    // Replace in place when that yields exactly the intended document (keeps the layout);
    // otherwise (no version yet, or the first "version" string is not the top-level one)
    // rewrite the file with its own indentation, the version right after the name.
    const wanted = "version" in manifest ? { ...manifest, version } : withVersionAfterName(manifest, version);
    next = text.replace(/("version"\s*:\s*)"[^"]*"/, (_match, key) => `${key}${JSON.stringify(version)}`);
    if (next === text || JSON.stringify(JSON.parse(next)) !== JSON.stringify(wanted)) {
      const indent = /^[ \t]+(?=")/m.exec(text)?.[0] ?? "  ";
      next = `${JSON.stringify(wanted, null, indent)}\n`;
    }
    changes.push({ from: String(manifest.version ?? "(none)"), to: version });
  }

  for (const specifier of Object.values(manifest.imports ?? {})) {
    const match =
      typeof specifier === "string"
        ? /^(jsr|npm):(@[^/@]+\/[^/@]+)@([~^]?)(\d+\.\d+\.\d+[-+.\w]*)$/.exec(specifier)
        : null;
    const target = match ? workspaceVersions.get(/** @type {string} */ (match[2])) : undefined;
    if (!match || !target) continue;
    const wanted = `${match[1]}:${match[2]}@${match[3]}${target}`;
    if (wanted === specifier) continue;
    next = next.split(JSON.stringify(specifier)).join(JSON.stringify(wanted));
    changes.push({ from: specifier, to: wanted });
  }

  if (next !== text) writeFileSync(file, next);
  return changes;
}

/**
 * @param {Record<string, unknown>} manifest
 * @param {string} version
 */
function withVersionAfterName(manifest, version) {
  /** @type {Record<string, unknown>} */
  const ordered = {};
  for (const [key, value] of Object.entries(manifest)) {
    ordered[key] = value;
    if (key === "name") ordered.version = version;
  }
  return ordered;
}

/**
 * @param {string} file
 * @param {string} version
 */
export function syncVersionConstant(file, version) {
  if (!existsSync(file))
    throw new Error(`sync-versions: ${file} does not exist; it must hold \`export const VERSION = "x.y.z";\``);
  const text = readFileSync(file, "utf8");
  const pattern = /(export const VERSION\s*(?::\s*string\s*)?=\s*)(["'])([^"']*)\2/;
  const match = pattern.exec(text);
  if (!match) throw new Error(`sync-versions: ${file} has no \`export const VERSION = "x.y.z";\` to update`);
  if (match[3] === version) return undefined;
  writeFileSync(
    file,
    text.replace(pattern, (_all, head, quote) => `${head}${quote}${version}${quote}`),
  );
  return { from: String(match[3]), to: version };
}

/**
 * changesets keeps a fixed group on one version; if it ever does not, stop before writing a
 * version into x-maxtoken-sdk that some package does not have.
 * @param {string} rootDir
 * @param {import("./workspace-packages.mjs").WorkspacePackage[]} released
 */
function assertFixedGroupsAgree(rootDir, released) {
  for (const group of readChangesetConfig(rootDir).fixed ?? []) {
    const members = released.filter((pkg) => group.includes(pkg.name));
    if (new Set(members.map((pkg) => pkg.version)).size > 1) {
      const listing = members.map((pkg) => `${pkg.name}@${pkg.version}`).join(", ");
      throw new Error(`sync-versions: the fixed group [${group.join(", ")}] has different versions: ${listing}`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rootDir = path.resolve(process.argv[2] ?? process.cwd());
  const changes = syncVersions(rootDir);
  for (const change of changes) console.log(`sync-versions: ${change.file}: ${change.from} -> ${change.to}`);
  if (changes.length === 0) console.log("sync-versions: every version file already agrees with its package.json");
}
