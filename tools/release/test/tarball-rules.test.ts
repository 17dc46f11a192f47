import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeFile } from "./helpers/repo-copy.ts";
import { entryPoints, hasRequireCondition, listFiles, sourceMapProblems, unexpectedFiles } from "./helpers/tarball.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

/** An unpacked tarball's package/ folder made of the given files. */
function unpacked(files: Record<string, string>): { dir: string; files: string[] } {
  const dir = path.join(makeTempDir("tarball"), "package");
  for (const [file, text] of Object.entries(files)) writeFile(dir, file, text);
  return { dir, files: listFiles(dir) };
}

describe("the rules pack.test.ts applies to every tarball", () => {
  it("lets dist, types, README, LICENSE, CHANGELOG and package.json through, and nothing else", () => {
    expect(
      unexpectedFiles([
        "package.json",
        "README.md",
        "LICENSE",
        "CHANGELOG.md",
        "dist/index.js",
        "dist/index.d.ts",
        "dist/index.cjs",
        "dist/index.d.cts",
      ]),
    ).toEqual([]);
    const unpublishable = [
      "src/index.ts",
      "test/a.test.ts",
      "dist/index.test.js",
      "dist/__tests__/x.js",
      "tsconfig.json",
      "dist/src/index.ts",
      "vitest.config.ts",
      "tsconfig.tsbuildinfo",
    ];
    expect(unexpectedFiles(unpublishable)).toEqual(unpublishable);
  });

  it("lists every file an entry point names, conditions and bin included (a source condition left in would name src/)", () => {
    const manifest = {
      main: "./dist/index.cjs",
      types: "./dist/index.d.cts",
      bin: { serve: "./dist/cli.js" },
      exports: {
        ".": {
          "@maxtoken/source": "./src/index.ts",
          import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
        },
        "./package.json": "./package.json",
        "./features/*": "./dist/features/*.js",
      },
    };
    expect(entryPoints(manifest).sort()).toEqual([
      "dist/cli.js",
      "dist/index.cjs",
      "dist/index.d.cts",
      "dist/index.d.ts",
      "dist/index.js",
      "package.json",
      "src/index.ts",
    ]);
    expect(hasRequireCondition(manifest)).toBe(true);
    expect(hasRequireCondition({ exports: { ".": { import: "./dist/index.js" } } })).toBe(false);
  });

  it("accepts source maps that stay inside the package", () => {
    const ok = unpacked({
      "dist/index.js": "x\n//# sourceMappingURL=index.js.map\n",
      "dist/index.js.map": JSON.stringify({ version: 3, sources: ["./index.ts"], mappings: "" }),
      "dist/index.ts": "x",
      "dist/other.js": `x\n//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify({ version: 3, sources: ["../src/other.ts"], sourcesContent: ["x"], mappings: "" })).toString("base64")}\n`,
    });
    // ../src/other.ts from dist/ is src/other.ts: inside the package, and its content is embedded.
    expect(sourceMapProblems(ok.dir, ok.files)).toEqual([]);
  });

  it("flags maps pointing outside the package, at missing sources, or missing themselves", () => {
    const inlineOutside = Buffer.from(
      JSON.stringify({ version: 3, sources: ["../../core/src/a.ts"], mappings: "" }),
    ).toString("base64");
    const bad = unpacked({
      "dist/index.js": "x\n//# sourceMappingURL=index.js.map\n",
      "dist/index.js.map": JSON.stringify({
        version: 3,
        sources: ["../../../packages/core/src/index.ts", "../src/index.ts"],
        mappings: "",
      }),
      "dist/gone.js": "x\n//# sourceMappingURL=gone.js.map\n",
      "dist/inline.js": `x\n//# sourceMappingURL=data:application/json;base64,${inlineOutside}\n`,
    });
    expect(sourceMapProblems(bad.dir, bad.files).sort()).toEqual([
      "dist/gone.js points at gone.js.map, which is not in the tarball",
      "dist/index.js.map: source ../../../packages/core/src/index.ts is outside the package",
      "dist/index.js.map: source ../src/index.ts is neither in the tarball nor embedded (sourcesContent)",
      "dist/inline.js: source ../../core/src/a.ts is outside the package",
    ]);
  });
});
