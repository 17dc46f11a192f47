import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planJsrPublish } from "../src/publish-jsr.mjs";
import { readChangesetConfig, readReleasedPackages } from "../src/release-config.mjs";
import type { WorkspacePackage } from "../src/workspace-packages.mjs";
import { readWorkspacePackages } from "../src/workspace-packages.mjs";
import { repoRoot } from "./helpers/paths.ts";
import { copyFile, writeFile } from "./helpers/repo-copy.ts";
import { pnpmCommand, runOk } from "./helpers/run.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

describe("what a release ships", () => {
  it("reads the same workspace packages as pnpm does", () => {
    const { command, prefix } = pnpmCommand();
    const listed = JSON.parse(
      runOk(command, [...prefix, "ls", "--recursive", "--depth", "-1", "--json"], { cwd: repoRoot }),
    ) as { name: string; path: string }[];
    const fromPnpm = listed
      .filter((entry) => entry.path !== repoRoot)
      .map((entry) => `${entry.name} ${path.relative(repoRoot, entry.path)}`)
      .sort();
    const ours = readWorkspacePackages(repoRoot)
      .map((pkg: WorkspacePackage) => `${pkg.name} ${pkg.relativeDir}`)
      .sort();
    expect(ours).toEqual(fromPnpm);
  });

  it("releases the SDK packages as one fixed group and the mock server on its own", () => {
    const config = readChangesetConfig(repoRoot);
    expect(config.fixed).toEqual([["@maxtoken/core", "@maxtoken/node", "@maxtoken/browser", "@maxtoken/deno"]]);
    expect(
      readReleasedPackages(repoRoot)
        .map((pkg: WorkspacePackage) => pkg.name)
        .sort(),
    ).toEqual(["@maxtoken/browser", "@maxtoken/core", "@maxtoken/deno", "@maxtoken/mock-server", "@maxtoken/node"]);
    expect(config).toMatchObject({
      baseBranch: "main",
      access: "public",
      privatePackages: { version: true, tag: false },
    });
  });

  it.each(["@maxtoken/core", "@maxtoken/node", "@maxtoken/browser", "@maxtoken/deno", "@maxtoken/mock-server"])(
    "%s carries the repository's LICENSE",
    (name) => {
      const pkg = readReleasedPackages(repoRoot).find((candidate: WorkspacePackage) => candidate.name === name);
      if (!pkg) throw new Error(`${name} is not a released package`);
      expect(readFileSync(path.join(pkg.dir, "LICENSE"), "utf8")).toBe(
        readFileSync(path.join(repoRoot, "LICENSE"), "utf8"),
      );
    },
  );

  it("publishes to JSR every released package with a JSR manifest, dependencies first", () => {
    const root = makeTempDir("jsr");
    copyFile(".changeset/config.json", root);
    writeFile(root, "pnpm-workspace.yaml", "packages:\n  - packages/*\n  - tools/*\n");
    const manifest = (name: string, extra: object = {}) => JSON.stringify({ name, version: "0.2.0", ...extra });
    // Listed before core on purpose: the order must come from the dependencies.
    writeFile(
      root,
      "packages/a-deno/package.json",
      manifest("@maxtoken/deno", { private: true, dependencies: { "@maxtoken/core": "workspace:*" } }),
    );
    writeFile(root, "packages/a-deno/deno.json", JSON.stringify({ compilerOptions: {} }));
    writeFile(root, "packages/a-deno/jsr.json", manifest("@maxtoken/deno"));
    writeFile(root, "packages/core/package.json", manifest("@maxtoken/core"));
    writeFile(root, "packages/core/deno.json", manifest("@maxtoken/core"));
    writeFile(root, "packages/node/package.json", manifest("@maxtoken/node"));
    writeFile(root, "packages/browser/package.json", manifest("@maxtoken/browser"));
    writeFile(root, "tools/mock-server/package.json", manifest("@maxtoken/mock-server"));
    writeFile(root, "tools/generator/package.json", manifest("@maxtoken/generator", { private: true }));
    writeFile(root, "tools/generator/jsr.json", manifest("@maxtoken/generator"));

    const plan = planJsrPublish(root).map(
      (entry: { name: string; relativeDir: string; manifest: string }) =>
        `${entry.name} ${entry.relativeDir}/${entry.manifest}`,
    );

    expect(plan).toEqual(["@maxtoken/core packages/core/deno.json", "@maxtoken/deno packages/a-deno/jsr.json"]);
  });

  it("plans the Deno package for JSR in this repository", () => {
    const plan = planJsrPublish(repoRoot).map((entry: { name: string }) => entry.name);
    expect(plan).toContain("@maxtoken/deno");
    if (plan.includes("@maxtoken/core"))
      expect(plan.indexOf("@maxtoken/core")).toBeLessThan(plan.indexOf("@maxtoken/deno"));
  });
});
