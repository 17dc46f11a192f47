import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** A Node.js release line that the tests run on. */
export interface NodeLine {
  /** The release line, e.g. `22`. */
  major: number;
  /** The exact version, e.g. `"22.23.5"`. */
  version: string;
  /** The `node` binary, called by its path. */
  path: string;
}

const require = createRequire(import.meta.url);

/**
 * The toolchain's Node (the one running the tests) and each line that `@maxtoken/node-lines`
 * installs from the npm registry (22, 24, 26), oldest first. A binary that is missing throws,
 * naming it: the tests that need it fail, they never skip.
 */
export function nodeLines(): NodeLine[] {
  const manifestPath = require.resolve("@maxtoken/node-lines/package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { optionalDependencies: Record<string, string> };
  const fromManifest = createRequire(manifestPath);
  const lines = Object.entries(manifest.optionalDependencies).map(([alias, spec]): NodeLine => {
    let packageDir: string;
    try {
      packageDir = dirname(fromManifest.resolve(`${alias}/package.json`));
    } catch {
      throw new Error(
        `The Node binary ${alias} (${spec}) is not installed: run pnpm install on Linux x64 (tools/node-lines/README.md).`,
      );
    }
    const path = join(packageDir, "bin", "node");
    if (!existsSync(path)) throw new Error(`The Node binary ${alias} has no ${path}: reinstall with pnpm install.`);
    const { version } = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string };
    return { major: Number(version.split(".")[0]), version, path };
  });
  const toolchain: NodeLine = {
    major: Number(process.versions.node.split(".")[0]),
    version: process.versions.node,
    path: process.execPath,
  };
  return [toolchain, ...lines.filter((line) => line.major !== toolchain.major)].sort((a, b) => a.major - b.major);
}
