import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { syncVersions } from "../src/sync-versions.mjs";
import { releaseScript } from "./helpers/paths.ts";
import { copyFile, writeFile } from "./helpers/repo-copy.ts";
import { runOk } from "./helpers/run.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const VERSION_TS = (version: string) =>
  `/** The version of \`@maxtoken/core\`; sent in \`x-maxtoken-sdk\`. */\nexport const VERSION = "${version}";\n`;

/**
 * A small workspace shaped like ours, with the real .changeset/config.json: the fixed group
 * already bumped to `version` (as `changeset version` leaves it) and everything else behind.
 */
function makeWorkspace(version: string): string {
  const root = makeTempDir("sync");
  copyFile(".changeset/config.json", root);
  writeFile(root, "package.json", JSON.stringify({ name: "root", private: true }));
  writeFile(
    root,
    "pnpm-workspace.yaml",
    "packages:\n  - openapi\n  - packages/*\n  - tools/*\nallowBuilds:\n  deno: true\n",
  );
  const manifest = (name: string, extra: object = {}) => `${JSON.stringify({ name, version, ...extra }, null, 2)}\n`;
  writeFile(root, "openapi/package.json", JSON.stringify({ name: "@maxtoken/spec", version: "0.0.0", private: true }));
  writeFile(root, "packages/core/package.json", manifest("@maxtoken/core"));
  writeFile(root, "packages/node/package.json", manifest("@maxtoken/node"));
  writeFile(root, "packages/browser/package.json", manifest("@maxtoken/browser"));
  writeFile(root, "packages/deno/package.json", manifest("@maxtoken/deno", { private: true }));
  writeFile(
    root,
    "tools/mock-server/package.json",
    JSON.stringify({ name: "@maxtoken/mock-server", version: "0.1.0" }),
  );
  writeFile(
    root,
    "tools/generator/package.json",
    JSON.stringify({ name: "@maxtoken/generator", version: "0.0.0", private: true }),
  );
  writeFile(root, "packages/core/src/version.ts", VERSION_TS("0.1.0"));
  return root;
}

const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");

describe("sync-versions", () => {
  it("updates core's VERSION and does not break when deno.json and jsr.json do not exist yet", () => {
    const root = makeWorkspace("0.2.0");

    const changes = syncVersions(root);

    expect(read(root, "packages/core/src/version.ts")).toBe(VERSION_TS("0.2.0"));
    expect(changes).toEqual([{ file: "packages/core/src/version.ts", from: "0.1.0", to: "0.2.0" }]);
    expect(existsSync(path.join(root, "packages/deno/deno.json"))).toBe(false);
    expect(existsSync(path.join(root, "packages/deno/jsr.json"))).toBe(false);
  });

  it("updates deno.json and jsr.json once they exist, keeping their layout", () => {
    const root = makeWorkspace("0.3.0");
    const denoJson = `{
  "name": "@maxtoken/deno",
  "version": "0.1.0",
  "exports": "./src/mod.ts",
  "imports": { "@maxtoken/core": "jsr:@maxtoken/core@^0.1.0", "openapi-fetch": "npm:openapi-fetch@0.1.0" },
  "publish": { "include": ["src", "README.md", "LICENSE"] }
}
`;
    const jsrJson = `{\n\t"name": "@maxtoken/deno",\n\t"version": "0.1.0",\n\t"exports": "./src/mod.ts"\n}\n`;
    writeFile(root, "packages/deno/deno.json", denoJson);
    writeFile(root, "packages/deno/jsr.json", jsrJson);

    const changes = syncVersions(root);

    // The version, and the import of core (on 0.x, ^0.1.0 would not accept 0.3.0); an import
    // of a package from outside the workspace stays as it is.
    expect(read(root, "packages/deno/deno.json")).toBe(
      denoJson
        .replace('"version": "0.1.0"', '"version": "0.3.0"')
        .replace("jsr:@maxtoken/core@^0.1.0", "jsr:@maxtoken/core@^0.3.0"),
    );
    expect(read(root, "packages/deno/jsr.json")).toBe(jsrJson.replace('"version": "0.1.0"', '"version": "0.3.0"'));
    expect(read(root, "packages/core/src/version.ts")).toBe(VERSION_TS("0.3.0"));
    expect(changes).toEqual(
      expect.arrayContaining([
        { file: "packages/deno/deno.json", from: "0.1.0", to: "0.3.0" },
        { file: "packages/deno/deno.json", from: "jsr:@maxtoken/core@^0.1.0", to: "jsr:@maxtoken/core@^0.3.0" },
        { file: "packages/deno/jsr.json", from: "0.1.0", to: "0.3.0" },
        { file: "packages/core/src/version.ts", from: "0.1.0", to: "0.3.0" },
      ]),
    );
    expect(changes).toHaveLength(4);
  });

  it("adds a version after the name when a JSR manifest has none, and only touches the top-level field", () => {
    const root = makeWorkspace("0.4.0");
    // The first "version" string in this file is not the top-level one.
    writeFile(
      root,
      "packages/deno/jsr.json",
      `{\n  "name": "@maxtoken/deno",\n  "tasks": { "version": "echo 1" },\n  "exports": "./src/mod.ts"\n}\n`,
    );

    syncVersions(root);

    const manifest = JSON.parse(read(root, "packages/deno/jsr.json"));
    expect(Object.keys(manifest)).toEqual(["name", "version", "tasks", "exports"]);
    expect(manifest).toEqual({
      name: "@maxtoken/deno",
      version: "0.4.0",
      tasks: { version: "echo 1" },
      exports: "./src/mod.ts",
    });
  });

  it("leaves a deno.json that only configures Deno (no name, no version) alone", () => {
    const root = makeWorkspace("0.2.0");
    const configOnly = `{ "compilerOptions": { "strict": true } }\n`;
    writeFile(root, "packages/deno/deno.json", configOnly);

    syncVersions(root);

    expect(read(root, "packages/deno/deno.json")).toBe(configOnly);
  });

  it("syncs a JSR manifest of core too (core on JSR is optional)", () => {
    const root = makeWorkspace("0.2.0");
    writeFile(
      root,
      "packages/core/jsr.json",
      `{ "name": "@maxtoken/core", "version": "0.1.0", "exports": "./src/index.ts" }\n`,
    );

    syncVersions(root);

    expect(JSON.parse(read(root, "packages/core/jsr.json")).version).toBe("0.2.0");
  });

  it("keeps an exact or tilde range of a workspace import exact or tilde", () => {
    const root = makeWorkspace("0.2.0");
    writeFile(
      root,
      "packages/deno/jsr.json",
      `{ "name": "@maxtoken/deno", "version": "0.2.0", "imports": { "a": "jsr:@maxtoken/core@0.1.0", "b": "npm:@maxtoken/mock-server@~0.0.9" } }\n`,
    );

    syncVersions(root);

    expect(JSON.parse(read(root, "packages/deno/jsr.json")).imports).toEqual({
      a: "jsr:@maxtoken/core@0.2.0",
      b: "npm:@maxtoken/mock-server@~0.1.0",
    });
  });

  it("changes nothing the second time", () => {
    const root = makeWorkspace("0.2.0");
    writeFile(
      root,
      "packages/deno/deno.json",
      `{ "name": "@maxtoken/deno", "version": "0.1.0", "imports": { "@maxtoken/core": "jsr:@maxtoken/core@^0.1.0" } }\n`,
    );
    syncVersions(root);
    expect(syncVersions(root)).toEqual([]);
  });

  it("fails, naming the file, when core's version.ts is missing or has no VERSION constant", () => {
    const missing = makeWorkspace("0.2.0");
    writeFile(missing, "packages/core/src/version.ts", "export const SOMETHING_ELSE = 1;\n");
    expect(() => syncVersions(missing)).toThrow(/packages\/core\/src\/version\.ts has no `export const VERSION/);
  });

  it("refuses a fixed group whose members disagree", () => {
    const root = makeWorkspace("0.2.0");
    writeFile(root, "packages/browser/package.json", JSON.stringify({ name: "@maxtoken/browser", version: "0.1.5" }));
    expect(() => syncVersions(root)).toThrow(/fixed group .* has different versions: .*@maxtoken\/browser@0\.1\.5/);
  });

  it("runs as a command and says what it changed", () => {
    const root = makeWorkspace("0.2.0");
    writeFile(root, "packages/deno/jsr.json", `{ "name": "@maxtoken/deno", "version": "0.1.0" }\n`);

    const output = runOk(process.execPath, [releaseScript("sync-versions.mjs"), root], { cwd: root });

    expect(output).toContain("packages/deno/jsr.json: 0.1.0 -> 0.2.0");
    expect(output).toContain("packages/core/src/version.ts: 0.1.0 -> 0.2.0");
  });
});
