// @ts-check
// The site's Changelog page, read off the repository when the site is built: each published
// package's version and its CHANGELOG.md (written by `changeset version` at each release), and
// the changesets waiting in .changeset/ for the next release.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The published packages, in the order the page lists them (the main package first). */
export const publishedPackages = [
  "packages/node",
  "packages/deno",
  "packages/browser",
  "packages/core",
  "tools/mock-server",
];

/**
 * Name and version of each published package.
 * @param {string} repoDir
 * @returns {{ name: string, version: string, dir: string }[]}
 */
export function packageVersions(repoDir) {
  return publishedPackages.map((dir) => {
    const manifest = JSON.parse(readFileSync(join(repoDir, dir, "package.json"), "utf8"));
    return { name: manifest.name, version: manifest.version, dir };
  });
}

/**
 * The pending changesets: their packages with the bump, and the summary.
 * @param {string} repoDir
 */
export function pendingChangesets(repoDir) {
  const folder = join(repoDir, ".changeset");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith(".md") && name !== "README.md")
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), "utf8");
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
      const releases = [...(match?.[1] ?? "").matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*(\w+)\s*$/gm)].map(
        ([, pkg, bump]) => `\`${pkg}\` (${bump})`,
      );
      return { name, releases, summary: (match?.[2] ?? text).trim() };
    });
}

/** A CHANGELOG.md's entries with its title dropped and its headings moved two levels down. */
function entriesOf(changelog) {
  return changelog
    .replace(/^# .*\n/, "")
    .replace(/^(#+) /gm, "$1## ")
    .trim();
}

/**
 * The Changelog page as Markdown.
 * @param {string} repoDir
 */
export function changelogPage(repoDir) {
  const versions = packageVersions(repoDir);
  const pending = pendingChangesets(repoDir);
  const lines = [
    "---",
    "title: Changelog",
    "---",
    "",
    "# Changelog",
    "",
    "What changed in each release of the SDK packages. `@maxtoken/node`, `@maxtoken/deno`,",
    "`@maxtoken/browser` and `@maxtoken/core` always share one version; `@maxtoken/mock-server`",
    "has its own.",
    "",
    "| Package | Version |",
    "| --- | --- |",
    ...versions.map(({ name, version }) => `| \`${name}\` | ${version} |`),
    "",
    "## Coming in the next release",
    "",
    ...(pending.length === 0
      ? ["Nothing yet: no changes are waiting to be released."]
      : pending.flatMap(({ releases, summary }) => [
          `- ${summary.replace(/\n/g, "\n  ")}`,
          `  (${releases.join(", ")})`,
        ])),
    "",
  ];
  for (const { name, version, dir } of versions) {
    const file = join(repoDir, dir, "CHANGELOG.md");
    lines.push(`## \`${name}\` ${version}`, "");
    lines.push(
      existsSync(file)
        ? entriesOf(readFileSync(file, "utf8"))
        : `Not released yet: ${version} is the version the first release will build on.`,
      "",
    );
  }
  return lines.join("\n");
}
