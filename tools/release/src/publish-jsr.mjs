#!/usr/bin/env node
// @ts-check
// The JSR half of `pnpm release` (npm is `changeset publish`): `deno publish` in every released
// package that has a JSR manifest (jsr.json or deno.json with a name), dependencies first, so
// @maxtoken/core reaches JSR before @maxtoken/deno, which imports it from there. A version
// already on JSR is skipped by `deno publish` itself, so this can run on every push to main.
// In GitHub Actions `deno publish` logs in with the workflow's OIDC token (id-token: write).
//
//   node tools/release/src/publish-jsr.mjs [--dry-run] [--plan]
//   --dry-run: passes --dry-run to deno publish; --plan: prints the commands, runs nothing.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readReleasedPackages } from "./release-config.mjs";
import { JSR_MANIFESTS } from "./sync-versions.mjs";

/**
 * @typedef {object} JsrPackage
 * @property {string} name      the JSR name
 * @property {string} version
 * @property {string} dir
 * @property {string} relativeDir
 * @property {string} manifest  the file deno publish reads (jsr.json before deno.json)
 */

/**
 * @param {string} rootDir
 * @returns {JsrPackage[]} dependencies before their dependents
 */
export function planJsrPublish(rootDir) {
  const released = readReleasedPackages(rootDir);
  /** @type {(JsrPackage & { dependsOn: string[] })[]} */
  const candidates = [];
  for (const pkg of released) {
    for (const manifestName of [...JSR_MANIFESTS].reverse()) {
      const file = path.join(pkg.dir, manifestName);
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, "utf8"));
      if (typeof manifest.name !== "string") continue;
      const dependencies = /** @type {Record<string, unknown>} */ ({
        .../** @type {object} */ (pkg.packageJson.dependencies ?? {}),
      });
      candidates.push({
        name: manifest.name,
        version: manifest.version,
        dir: pkg.dir,
        relativeDir: pkg.relativeDir,
        manifest: manifestName,
        dependsOn: released.map((other) => other.name).filter((name) => name in dependencies),
      });
      break;
    }
  }
  /** @type {JsrPackage[]} */
  const ordered = [];
  const placed = new Set();
  while (ordered.length < candidates.length) {
    const next = candidates.find(
      (candidate) =>
        !placed.has(candidate.name) &&
        candidate.dependsOn.every((name) => placed.has(name) || !candidates.some((other) => other.name === name)),
    );
    if (!next)
      throw new Error(
        `publish-jsr: a dependency cycle among ${candidates.map((candidate) => candidate.name).join(", ")}`,
      );
    placed.add(next.name);
    const { dependsOn: _dependsOn, ...jsrPackage } = next;
    ordered.push(jsrPackage);
  }
  return ordered;
}

/**
 * The Deno binary from the `deno` npm package of some workspace package, else `deno` on PATH.
 * @param {string} rootDir
 * @returns {string[]} the command and its leading arguments
 */
export function findDeno(rootDir) {
  for (const pkg of readReleasedPackages(rootDir)) {
    try {
      const denoPackageJson = createRequire(path.join(pkg.dir, "package.json")).resolve("deno/package.json");
      return [process.execPath, path.join(path.dirname(denoPackageJson), "bin.cjs")];
    } catch {
      // not a dependency of this package
    }
  }
  return ["deno"];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  const dryRun = process.argv.includes("--dry-run");
  const planOnly = process.argv.includes("--plan");
  const plan = planJsrPublish(rootDir);
  if (plan.length === 0) console.log("publish-jsr: no released package has a JSR manifest");
  const [deno, ...denoArgs] = findDeno(rootDir);
  for (const jsrPackage of plan) {
    const args = [...denoArgs, "publish", ...(dryRun ? ["--dry-run"] : [])];
    console.log(
      `publish-jsr: ${jsrPackage.name}@${jsrPackage.version} (${jsrPackage.relativeDir}/${jsrPackage.manifest}): deno publish${dryRun ? " --dry-run" : ""}`,
    );
    if (planOnly) continue;
    const result = spawnSync(/** @type {string} */ (deno), args, {
      cwd: jsrPackage.dir,
      stdio: "inherit",
      env: { ...process.env, DENO_NO_UPDATE_CHECK: "1" },
    });
    if (result.error) throw result.error;
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
