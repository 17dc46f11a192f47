// @ts-check
// Where and when a run happened, and what it measured (package versions, commit).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, release, totalmem, type } from "node:os";

const require = createRequire(import.meta.url);

/** @param {string} name */
function version(name) {
  try {
    return /** @type {{ version: string }} */ (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), "utf8"))).version;
  } catch {
    return "not installed";
  }
}

function commit() {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
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
