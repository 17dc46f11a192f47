import { existsSync, readFileSync, symlinkSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { WorkspacePackage } from "../src/workspace-packages.mjs";
import { readWorkspacePackages } from "../src/workspace-packages.mjs";
import { releaseScript, repoRoot } from "./helpers/paths.ts";
import { copyReleaseInputs, writeFile } from "./helpers/repo-copy.ts";
import { git, run } from "./helpers/run.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

/** The release groups this repository promises (README "Releasing", .changeset/README.md). */
const FIXED_GROUP = ["@maxtoken/core", "@maxtoken/node", "@maxtoken/browser", "@maxtoken/deno"];
const ON_ITS_OWN = ["@maxtoken/mock-server"];

const bump = (version: string, type: "patch" | "minor") => {
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  return type === "minor" ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
};

/**
 * A temporary copy of what a release reads (package.json files, the changeset config, the Deno
 * manifests, core's version.ts), committed to git, with the workspace's node_modules linked in
 * so that `changeset version` finds its changelog generator. `pnpm version-packages` runs there
 * for real, lockfile refresh excepted (the copy has no lockfile and must not touch the store).
 */
function makeReleaseCopy(): { root: string; before: Map<string, WorkspacePackage> } {
  const root = makeTempDir("version");
  copyReleaseInputs(root);
  for (const manifest of ["deno.json", "jsr.json"]) {
    // The runtime packages own these; until they exist, stand in with the shape JSR needs.
    if (!existsSync(path.join(repoRoot, "packages/deno", manifest))) {
      writeFile(
        root,
        `packages/deno/${manifest}`,
        `${JSON.stringify({ name: "@maxtoken/deno", version: "0.1.0", exports: "./src/index.ts", imports: { "@maxtoken/core": "jsr:@maxtoken/core@^0.1.0" } }, null, 2)}\n`,
      );
    }
  }
  symlinkSync(path.join(repoRoot, "node_modules"), path.join(root, "node_modules"), "dir");
  writeFile(root, ".gitignore", "node_modules\n");
  git(root, "init", "--quiet");
  git(root, "add", "--all");
  git(root, "commit", "--quiet", "-m", "before the release");
  const before = new Map(readWorkspacePackages(root).map((pkg: WorkspacePackage) => [pkg.name, pkg]));
  return { root, before };
}

function versionPackages(root: string) {
  return run(process.execPath, [releaseScript("version-packages.mjs"), "--skip-install"], { cwd: root });
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");
const versionOf = (root: string, pkg: WorkspacePackage) =>
  JSON.parse(read(root, `${pkg.relativeDir}/package.json`)).version as string;
const changelogOf = (root: string, pkg: WorkspacePackage) => read(root, `${pkg.relativeDir}/CHANGELOG.md`);

describe("release dry run: `pnpm version-packages` on a copy of this repository", () => {
  let root: string;
  let before: Map<string, WorkspacePackage>;
  beforeEach(() => {
    ({ root, before } = makeReleaseCopy());
  });
  const pkg = (name: string) => {
    const found = before.get(name);
    if (!found) throw new Error(`${name} is not a workspace package`);
    return found;
  };

  it("moves the fixed group together, the mock server on its own, and writes changelogs and the Deno and core versions", () => {
    const groupVersion = pkg("@maxtoken/core").version;
    for (const name of FIXED_GROUP) expect(pkg(name).version, `${name} starts in step with core`).toBe(groupVersion);
    writeFile(
      root,
      ".changeset/node-feature.md",
      `---\n"@maxtoken/node": minor\n---\n\nThe Node client reads MAXTOKEN_LOG.\n`,
    );
    writeFile(
      root,
      ".changeset/mock-fix.md",
      `---\n"@maxtoken/mock-server": patch\n---\n\nThe mock server answers HEAD requests.\n`,
    );

    const result = versionPackages(root);
    expect(result.status, result.output).toBe(0);

    const next = bump(groupVersion, "minor");
    expect(next.startsWith("0."), "still 0.x").toBe(true);
    for (const name of FIXED_GROUP) {
      expect(versionOf(root, pkg(name)), name).toBe(next);
      expect(changelogOf(root, pkg(name)), name).toContain(`## ${next}`);
    }
    const mockServer = pkg("@maxtoken/mock-server");
    expect(versionOf(root, mockServer)).toBe(bump(mockServer.version, "patch"));

    // Changelogs: each entry under its package, with the kind of change.
    expect(changelogOf(root, pkg("@maxtoken/node"))).toMatch(
      new RegExp(`## ${next}\\n\\n### Minor Changes\\n\\n- The Node client reads MAXTOKEN_LOG\\.`),
    );
    expect(changelogOf(root, pkg("@maxtoken/node"))).not.toContain("HEAD requests");
    expect(changelogOf(root, mockServer)).toMatch(
      new RegExp(
        `## ${bump(mockServer.version, "patch")}\\n\\n### Patch Changes\\n\\n- The mock server answers HEAD requests\\.`,
      ),
    );
    expect(changelogOf(root, mockServer)).not.toContain("MAXTOKEN_LOG");
    expect(changelogOf(root, pkg("@maxtoken/deno"))).toContain(`@maxtoken/core@${next}`);

    // The Deno package's JSR manifests and the version core sends in x-maxtoken-sdk.
    for (const manifest of ["deno.json", "jsr.json"]) {
      const denoManifest = JSON.parse(read(root, `packages/deno/${manifest}`));
      expect(denoManifest.version, manifest).toBe(next);
      if (denoManifest.imports?.["@maxtoken/core"])
        expect(denoManifest.imports["@maxtoken/core"], manifest).toBe(`jsr:@maxtoken/core@^${next}`);
    }
    // Any other JSR manifest of the group (core's, now that core goes to JSR too).
    for (const name of FIXED_GROUP) {
      for (const manifest of ["deno.json", "jsr.json"]) {
        const file = path.join(root, pkg(name).relativeDir, manifest);
        if (existsSync(file) && JSON.parse(readFileSync(file, "utf8")).name)
          expect(JSON.parse(readFileSync(file, "utf8")).version, `${name} ${manifest}`).toBe(next);
      }
    }
    expect(read(root, "packages/core/src/version.ts")).toContain(`export const VERSION = "${next}";`);

    // Nothing else moved, and the changesets were consumed.
    for (const other of before.values()) {
      if (FIXED_GROUP.includes(other.name) || ON_ITS_OWN.includes(other.name)) continue;
      expect(versionOf(root, other), `${other.name} is not released`).toBe(other.version);
      expect(existsSync(path.join(root, other.relativeDir, "CHANGELOG.md")), `${other.name} gets no changelog`).toBe(
        false,
      );
    }
    expect(existsSync(path.join(root, ".changeset/node-feature.md"))).toBe(false);
    expect(existsSync(path.join(root, ".changeset/mock-fix.md"))).toBe(false);
  });

  it("releases only the fixed group for a patch to core, and leaves the mock server alone", () => {
    writeFile(root, ".changeset/core-fix.md", `---\n"@maxtoken/core": patch\n---\n\nRetry on 409.\n`);

    const result = versionPackages(root);
    expect(result.status, result.output).toBe(0);

    const next = bump(pkg("@maxtoken/core").version, "patch");
    for (const name of FIXED_GROUP) expect(versionOf(root, pkg(name)), name).toBe(next);
    expect(versionOf(root, pkg("@maxtoken/mock-server"))).toBe(pkg("@maxtoken/mock-server").version);
    expect(existsSync(path.join(root, "tools/mock-server/CHANGELOG.md"))).toBe(false);
    expect(changelogOf(root, pkg("@maxtoken/core"))).toMatch(/### Patch Changes\n\n- Retry on 409\./);
  });

  it("can release every public package (none is ignored by mistake), and no private one but Deno", () => {
    const released = [...before.values()].filter(
      (candidate) => !candidate.private || candidate.name === "@maxtoken/deno",
    );
    expect(
      released.map((candidate) => candidate.name).sort(),
      "a new public package needs a place in .changeset/config.json and in this test",
    ).toEqual([...FIXED_GROUP, ...ON_ITS_OWN].sort());
    const frontMatter = released.map((candidate) => `"${candidate.name}": patch`).join("\n");
    writeFile(root, ".changeset/everything.md", `---\n${frontMatter}\n---\n\nEverything.\n`);

    const result = versionPackages(root);
    expect(result.status, result.output).toBe(0);
    for (const candidate of released)
      expect(versionOf(root, candidate), candidate.name).toBe(bump(candidate.version, "patch"));
  });

  it("refuses a release that would leave 0.x", () => {
    writeFile(root, ".changeset/big-bang.md", `---\n"@maxtoken/node": major\n---\n\nBreaking.\n`);

    const result = versionPackages(root);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("this release would leave 0.x: @maxtoken/");
    expect(result.stderr).toContain("use a `minor` changeset for a breaking change");
  });
});
