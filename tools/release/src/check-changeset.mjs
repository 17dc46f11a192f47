#!/usr/bin/env node
// @ts-check
// `pnpm changeset:check [--base <ref>]`: fails when openapi/ or a released package changed
// against the base branch and no changeset was added. CI runs it on every pull request.
//
// Needs a changeset: any file under openapi/ or under a released package's folder
// (see release-config.mjs), except tests and docs: test/, tests/, __tests__/, *.test.*,
// *.spec.*, vitest.config.*, and Markdown files.
// The base ref: --base, else $CHANGESET_BASE, else origin/<baseBranch>, else <baseBranch>
// (baseBranch from .changeset/config.json). The diff runs from the merge base with HEAD to the
// working tree, so uncommitted and untracked files count too (CI's tree is clean).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readChangesetConfig, readReleasedPackages } from "./release-config.mjs";

/** Folders whose every non-test, non-doc file needs a changeset, besides released packages. */
export const ALWAYS_RELEASED_FOLDERS = ["openapi"];

const TEST_OR_DOC = [
  /(^|\/)(test|tests|__tests__)\//,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /(^|\/)vitest\.config\.[cm]?[jt]s$/,
  /\.md$/i,
];

/**
 * @typedef {{ status: "A" | "M" | "D", file: string }} Change
 * @typedef {object} CheckResult
 * @property {boolean} ok
 * @property {string} message
 * @property {string} base
 * @property {string[]} needsChangeset files that need a changeset
 * @property {string[]} addedChangesets
 */

/**
 * @param {string} rootDir the repository root
 * @param {{ base?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {CheckResult}
 */
export function checkChangeset(rootDir, { base, env = process.env } = {}) {
  const baseBranch = readChangesetConfig(rootDir).baseBranch ?? "main";
  const baseRef = base || env.CHANGESET_BASE || defaultBase(rootDir, baseBranch);
  const mergeBase = git(
    rootDir,
    ["merge-base", baseRef, "HEAD"],
    `cannot find the merge base of ${baseRef} and HEAD. In CI, check out with the full history (actions/checkout with fetch-depth: 0); locally, pass the base branch: pnpm changeset:check --base <ref>`,
  ).trim();
  const changes = listChanges(rootDir, mergeBase);

  const changesetFile = /^\.changeset\/(?!README\.md$)[^/]+\.md$/;
  const addedChangesets = changes
    .filter(
      (change) => change.status !== "D" && changesetFile.test(change.file) && isAddedSince(rootDir, mergeBase, change),
    )
    .map((change) => change.file);
  const removedChangesets = changes
    .filter((change) => change.status === "D" && changesetFile.test(change.file))
    .map((change) => change.file);

  const releasedFolders = [...ALWAYS_RELEASED_FOLDERS, ...readReleasedPackages(rootDir).map((pkg) => pkg.relativeDir)];
  const needsChangeset = changes
    .map((change) => change.file)
    .filter((file) => releasedFolders.some((folder) => file.startsWith(`${folder}/`)))
    .filter((file) => !TEST_OR_DOC.some((pattern) => pattern.test(file)));

  const majors = addedChangesets.flatMap((file) => findMajorBumps(rootDir, file));
  const against = `${baseRef} (merge base ${mergeBase.slice(0, 10)})`;
  /** @param {boolean} ok @param {string} message */
  const result = (ok, message) => ({ ok, message, base: baseRef, needsChangeset, addedChangesets });

  if (majors.length > 0) {
    return result(
      false,
      [
        `changeset:check: a changeset asks for a major release:`,
        ...majors.map((line) => `  ${line}`),
        "Versions stay 0.x until the API is stable: use `minor` for a breaking change (0.1.0 -> 0.2.0) and `patch` for anything else.",
      ].join("\n"),
    );
  }
  if (needsChangeset.length === 0) {
    return result(true, `changeset:check: nothing released changed against ${against}; no changeset needed.`);
  }
  if (addedChangesets.length > 0) {
    return result(
      true,
      `changeset:check: ${needsChangeset.length} released file(s) changed against ${against}, described by ${addedChangesets.join(", ")}.`,
    );
  }
  const changelogsWritten = changes.some((change) => /(^|\/)CHANGELOG\.md$/.test(change.file));
  if (removedChangesets.length > 0 && changelogsWritten) {
    // The version pull request that changesets/action opens: it consumes the changesets and
    // writes the versions, changelogs and synced version files they asked for.
    return result(
      true,
      `changeset:check: release changes that consume ${removedChangesets.join(", ")}; no new changeset needed.`,
    );
  }
  const shown = needsChangeset.slice(0, 15);
  return result(
    false,
    [
      `changeset:check: released code changed against ${against}, but no changeset was added:`,
      ...shown.map((file) => `  ${file}`),
      ...(needsChangeset.length > shown.length ? [`  ... and ${needsChangeset.length - shown.length} more`] : []),
      "",
      "Every change to openapi/ or to a published package needs a changeset: it says which packages",
      "are released, how their version moves and what their CHANGELOG.md says. Add one with",
      "",
      "  pnpm changeset",
      "",
      "(pick the packages, `patch` or `minor`, write one line for the changelog) and commit the new",
      ".changeset/*.md file. If the change does not affect users (a refactor, a build or CI tweak),",
      "add an empty one instead: pnpm changeset --empty",
    ].join("\n"),
  );
}

/**
 * @param {string} rootDir
 * @param {string} baseBranch
 */
function defaultBase(rootDir, baseBranch) {
  for (const candidate of [`origin/${baseBranch}`, baseBranch]) {
    try {
      execFileSync("git", ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`], {
        cwd: rootDir,
        stdio: "ignore",
      });
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    `changeset:check: neither origin/${baseBranch} nor ${baseBranch} exists here. In CI, check out with fetch-depth: 0; locally, pass the base branch: pnpm changeset:check --base <ref>`,
  );
}

/**
 * Changes from the merge base to the working tree, renames split into a delete and an add,
 * plus untracked files.
 * @param {string} rootDir
 * @param {string} mergeBase
 * @returns {Change[]}
 */
function listChanges(rootDir, mergeBase) {
  const diff = git(rootDir, [
    "-c",
    "core.quotePath=false",
    "diff",
    "--name-status",
    "--no-renames",
    "-z",
    mergeBase,
    "--",
  ]);
  /** @type {Change[]} */
  const changes = [];
  const fields = diff.split("\0").filter((field) => field !== "");
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const status = /** @type {string} */ (fields[index]).charAt(0);
    changes.push({
      status: status === "A" || status === "D" ? status : "M",
      file: /** @type {string} */ (fields[index + 1]),
    });
  }
  const untracked = git(rootDir, ["ls-files", "--others", "--exclude-standard", "-z"])
    .split("\0")
    .filter((file) => file !== "");
  for (const file of untracked) changes.push({ status: "A", file });
  return changes;
}

/**
 * A changeset counts when it is new on this branch: added since the merge base (an edit to one
 * already on the base branch is not a new changeset).
 * @param {string} rootDir
 * @param {string} mergeBase
 * @param {Change} change
 */
function isAddedSince(rootDir, mergeBase, change) {
  if (change.status === "A") return true;
  try {
    execFileSync("git", ["cat-file", "-e", `${mergeBase}:${change.file}`], { cwd: rootDir, stdio: "ignore" });
    return false;
  } catch {
    return true;
  }
}

/**
 * `"@maxtoken/node": major` lines in a changeset's front matter.
 * @param {string} rootDir
 * @param {string} file
 */
function findMajorBumps(rootDir, file) {
  const text = readFileSync(path.join(rootDir, file), "utf8");
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  return frontMatter
    .split(/\r?\n/)
    .filter((line) => /:\s*["']?major["']?\s*$/.test(line))
    .map((line) => `${file}: ${line.trim()}`);
}

/**
 * @param {string} rootDir
 * @param {string[]} args
 * @param {string} [explanation]
 */
function git(rootDir, args, explanation) {
  try {
    return execFileSync("git", args, {
      cwd: rootDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr ?? "";
    throw new Error(
      `changeset:check: \`git ${args.join(" ")}\` failed${explanation ? `: ${explanation}` : ""}\n${stderr}`.trimEnd(),
    );
  }
}

/** @param {string[]} argv */
function parseBase(argv) {
  const index = argv.findIndex((arg) => arg === "--base" || arg.startsWith("--base="));
  if (index === -1) return undefined;
  const arg = /** @type {string} */ (argv[index]);
  const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  if (!value) throw new Error("changeset:check: --base needs a ref, e.g. --base origin/main");
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    const rootDir = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
    const outcome = checkChangeset(rootDir, { base: parseBase(process.argv.slice(2)) });
    (outcome.ok ? console.log : console.error)(outcome.message);
    process.exit(outcome.ok ? 0 : 1);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
}
