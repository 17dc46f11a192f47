// @ts-check
// Where and when a run happened, and what it measured (package versions, commit).
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * The installed version of a package, read from the package.json above its resolved entry (some
 * packages, openai among them, do not export ./package.json).
 * @param {string} name
 */
function version(name) {
  try {
    let folder = dirname(require.resolve(name));
    for (;;) {
      const file = join(folder, "package.json");
      if (existsSync(file)) {
        const manifest = /** @type {{ name?: string, version: string }} */ (JSON.parse(readFileSync(file, "utf8")));
        if (manifest.name === name) return manifest.version;
      }
      const parent = dirname(folder);
      if (parent === folder) return "unknown";
      folder = parent;
    }
  } catch {
    return "not installed";
  }
}

function commit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return "unknown";
  }
}

export function machine() {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    os: `${type()} ${release()}`,
    cpu: `${cpu[0]?.model.trim() ?? "unknown"} (${cpu.length} cores)`,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    loadAverageAtStart: loadavg()[0] ?? 0,
    commit: commit(),
    packages: {
      "@maxtoken/node": `${version("@maxtoken/node")} (built dist)`,
      "@maxtoken/browser": `${version("@maxtoken/browser")} (built dist)`,
      openai: version("openai"),
      "openapi-fetch": version("openapi-fetch"),
      esbuild: version("esbuild"),
    },
  };
}
