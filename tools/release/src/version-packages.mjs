#!/usr/bin/env node
// @ts-check
// `pnpm version-packages`, which changesets/action runs to build the version pull request:
//   1. `changeset version`: consumes .changeset/*.md, bumps package.json versions (the fixed
//      group together), writes each package's CHANGELOG.md;
//   2. refuses a release that leaves 0.x (see assert-zero-major.mjs);
//   3. copies the new versions into deno.json/jsr.json and core's src/version.ts;
//   4. `pnpm install --lockfile-only` so pnpm-lock.yaml agrees with the new package.json files
//      (`--skip-install` leaves it out: the dry-run test works on a copy without a lockfile).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { findPastZeroMajor, ZERO_MAJOR_ADVICE } from "./assert-zero-major.mjs";
import { syncVersions } from "./sync-versions.mjs";

/**
 * @param {string} rootDir
 * @param {{ install?: boolean }} [options]
 */
export function versionPackages(rootDir, { install = true } = {}) {
  const changesetBin = createRequire(import.meta.url).resolve("@changesets/cli/bin.js");
  run(process.execPath, [changesetBin, "version"], rootDir);

  const pastZero = findPastZeroMajor(rootDir);
  if (pastZero.length > 0) {
    throw new Error(
      `version-packages: this release would leave 0.x: ${pastZero.join(", ")}.\n${ZERO_MAJOR_ADVICE}\n` +
        "Undo it with `git checkout -- .` (and delete any new CHANGELOG.md), change `major` to `minor` in the changeset, and run `pnpm version-packages` again.",
    );
  }

  for (const change of syncVersions(rootDir)) {
    console.log(`version-packages: ${change.file}: ${change.from} -> ${change.to}`);
  }
  if (install) run("pnpm", ["install", "--lockfile-only"], rootDir);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(
      `version-packages: \`${[path.basename(command), ...args.map((arg) => path.basename(arg))].join(" ")}\` exited with ${result.status}`,
    );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    versionPackages(process.cwd(), { install: !process.argv.includes("--skip-install") });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
