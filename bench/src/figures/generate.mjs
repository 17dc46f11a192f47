// @ts-check
// Figure 6: wall time of `pnpm generate` at the repository root (the whole command a person runs:
// pnpm, tsx, openapi-typescript, writing every runtime's src/generated/). Median of a few runs.
// The generated folders are hashed before and after: the command must leave them unchanged.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { childEnv } from "../child-env.mjs";
import { summary } from "../stats.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Hash of every file under packages/<runtime>/src/generated/, by path. */
export function generatedFiles(root = REPO_ROOT) {
  /** @type {Record<string, string>} */
  const hashes = {};
  const packages = join(root, "packages");
  for (const runtime of readdirSync(packages)) {
    const folder = join(packages, runtime, "src", "generated");
    let entries;
    try {
      entries = readdirSync(folder, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      hashes[relative(root, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
    }
  }
  return hashes;
}

/** @param {Record<string, string>} before @param {Record<string, string>} after */
function differences(before, after) {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((path) => before[path] !== after[path]).sort();
}

/**
 * @param {{ runs: number }} settings
 * @returns {{ seconds: ReturnType<typeof summary>, unchanged: boolean, changedFiles: string[], error?: string }}
 */
export function measureGenerate({ runs }) {
  const env = { ...childEnv(), TURBO_TELEMETRY_DISABLED: "1" };
  const before = generatedFiles();
  /** @type {number[]} */
  const seconds = [];
  /** @type {string | undefined} */
  let error;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const result = spawnSync("pnpm", ["generate"], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 120_000 });
    if (result.status !== 0) {
      error = `pnpm generate exited ${result.status ?? result.signal}: ${(result.stderr || result.stdout).trim().slice(-500)}`;
      break;
    }
    seconds.push((performance.now() - started) / 1000);
  }
  const changedFiles = differences(before, generatedFiles());
  return { seconds: summary(seconds), unchanged: changedFiles.length === 0, changedFiles, ...(error ? { error } : {}) };
}
