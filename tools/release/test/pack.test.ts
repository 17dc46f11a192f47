// Every package published to npm packs, passes publint and attw, and its tarball holds only
// what users need. The packages must be built first (turbo runs their `build` before this
// package's `test`); a missing build fails here, it is never skipped.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { afterAll, describe, expect, it } from "vitest";
import { readReleasedPackages } from "../src/release-config.mjs";
import type { WorkspacePackage } from "../src/workspace-packages.mjs";
import { releaseDir, repoRoot } from "./helpers/paths.ts";
import { pnpmCommand, run, runOk } from "./helpers/run.ts";
import { entryPoints, hasRequireCondition, listFiles, sourceMapProblems, unexpectedFiles } from "./helpers/tarball.ts";

const NPM_PACKAGES: WorkspacePackage[] = readReleasedPackages(repoRoot).filter((pkg: WorkspacePackage) => !pkg.private);

interface Packed {
  tarball: string;
  files: string[]; // relative to package/
  unpacked: string; // folder holding package/
  manifest: Record<string, unknown>;
}

function pack(pkg: WorkspacePackage): Packed {
  const destination = makeTempDirOnce(pkg.name);
  const { command, prefix } = pnpmCommand();
  runOk(command, [...prefix, "pack", "--pack-destination", destination], { cwd: pkg.dir });
  const tarball = readdirSync(destination).find((file) => file.endsWith(".tgz"));
  if (!tarball) throw new Error(`pnpm pack left no tarball for ${pkg.name} in ${destination}`);
  const tarballPath = path.join(destination, tarball);
  const unpacked = path.join(destination, "unpacked");
  mkdirSync(unpacked);
  runOk("tar", ["-xzf", tarballPath, "-C", unpacked], { cwd: destination });
  const files = listFiles(path.join(unpacked, "package"));
  const manifest = JSON.parse(readFileSync(path.join(unpacked, "package", "package.json"), "utf8"));
  return { tarball: tarballPath, files, unpacked, manifest };
}

/** One folder for every tarball of this file, removed when the file is done. */
const packRoot = mkdtempSync(path.join(tmpdir(), "maxtoken-release-pack-"));
afterAll(() => rmSync(packRoot, { recursive: true, force: true }));
function makeTempDirOnce(label: string): string {
  const dir = path.join(packRoot, label.replace(/[^a-z0-9]+/gi, "-"));
  mkdirSync(dir, { recursive: true });
  return dir;
}

it("covers every package published to npm", () => {
  // The Deno package goes to JSR only; everything else private is not released.
  expect(NPM_PACKAGES.map((pkg) => pkg.name).sort()).toEqual([
    "@maxtoken/browser",
    "@maxtoken/core",
    "@maxtoken/mock-server",
    "@maxtoken/node",
  ]);
});

describe.each(NPM_PACKAGES.map((pkg) => [pkg.name, pkg] as const))("%s, packed as npm would get it", (name, pkg) => {
  // Packed once, on first use. Not in a beforeAll: a failing hook marks the tests skipped,
  // and a missing build must fail every one of them.
  let packedOrError: Packed | Error | undefined;
  const packed = (): Packed => {
    if (packedOrError === undefined) {
      try {
        const dist = path.join(pkg.dir, "dist");
        if (!existsSync(dist) || readdirSync(dist).length === 0) {
          throw new Error(
            `${name} has no build in ${pkg.relativeDir}/dist. Build it first: pnpm exec turbo run build --filter=${name} (npm test does this through turbo).`,
          );
        }
        packedOrError = pack(pkg);
      } catch (error) {
        packedOrError = error instanceof Error ? error : new Error(String(error));
      }
    }
    if (packedOrError instanceof Error) throw packedOrError;
    return packedOrError;
  };

  it("holds only dist, types, README, LICENSE, CHANGELOG and package.json: no src, no tests", () => {
    const unexpected = unexpectedFiles(packed().files);
    expect(unexpected, `files that do not belong in ${name}'s tarball`).toEqual([]);
    for (const required of ["package.json", "README.md", "LICENSE"])
      expect(packed().files, `${name} ships ${required}`).toContain(required);
    expect(
      packed().files.some((file) => /^dist\/.+\.d\.[cm]?ts$/.test(file)),
      `${name} ships type declarations`,
    ).toBe(true);
  });

  it("ships the repository's LICENSE and a manifest with real versions (no workspace: ranges)", () => {
    expect(readFileSync(path.join(packed().unpacked, "package/LICENSE"), "utf8")).toBe(
      readFileSync(path.join(repoRoot, "LICENSE"), "utf8"),
    );
    expect(JSON.stringify(packed().manifest)).not.toContain("workspace:");
    expect(packed().manifest.version).toBe(pkg.version);
    expect(String(packed().manifest.version)).toMatch(/^0\./);
  });

  it("publishes no workspace-only export condition (the @maxtoken/source entries point at src/, not shipped)", () => {
    const { exports, imports } = packed().manifest;
    expect(JSON.stringify({ exports, imports })).not.toContain("@maxtoken/source");
    // The workspace's own manifest keeps the condition: tests and tsconfig resolve sources with it.
    expect(readFileSync(path.join(pkg.dir, "package.json"), "utf8")).toContain("@maxtoken/source");
  });

  it("has every entry point it declares", () => {
    const missing = entryPoints(packed().manifest).filter((target) => !packed().files.includes(target));
    expect(missing, `entry points of ${name} missing from the tarball`).toEqual([]);
  });

  it("has no source map pointing outside the package", () => {
    expect(sourceMapProblems(path.join(packed().unpacked, "package"), packed().files)).toEqual([]);
  });

  it("passes publint (strict: warnings fail too)", async () => {
    const { messages, pkg: manifest } = await publint({
      // The unpacked tarball: every file in it is published, so publint need not pack again.
      pkgDir: path.join(packed().unpacked, "package"),
      pack: false,
      level: "warning",
      strict: true,
    });
    expect(messages.map((message) => `${message.type}: ${formatMessage(message, manifest) ?? message.code}`)).toEqual(
      [],
    );
  });

  it("passes attw (are the types wrong?)", () => {
    // node16 (from CommonJS and from ESM) and bundler for a package with a CommonJS build,
    // `esm-only` for an ESM-only one. node10 is not a resolution mode we support (TypeScript 6
    // removed it), so its findings are not defects.
    const profile = hasRequireCondition(packed().manifest) ? "node16" : "esm-only";
    const attw = path.join(releaseDir, "node_modules/.bin/attw");
    const result = run(
      attw,
      [
        packed().tarball,
        "--profile",
        profile,
        "--no-definitely-typed",
        "--no-emoji",
        "--no-color",
        "--format",
        "table-flipped",
      ],
      { cwd: releaseDir },
    );
    expect(result.status, `attw --profile ${profile} ${name}:\n${result.output}`).toBe(0);
  });
});
