// @ts-check
// Figure 4: cold import of each package, as a whole process (start, import, exit), timed from the
// parent. Runs are interleaved across the commands, so a busy moment of the machine spreads over
// all of them; `node -e 0` is the baseline, an empty ES module shows what the ESM loader adds.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { childEnv } from "../child-env.mjs";
import { rotate, summary } from "../stats.mjs";

/** @param {string} file */
const entry = (file) => fileURLToPath(new URL(`../imports/${file}`, import.meta.url));

export const IMPORTS = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "empty ES module", args: [entry("empty.mjs")] },
  { name: "openapi-fetch", args: [entry("openapi-fetch.mjs")] },
  { name: "@maxtoken/node", args: [entry("maxtoken-node.mjs")] },
  { name: "openai", args: [entry("openai.mjs")] },
];

/**
 * @param {{ runs: number }} settings
 * @returns {Record<string, ReturnType<typeof summary> & { overBaseline: number }>}
 */
export function measureColdImports({ runs }) {
  const env = childEnv();
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(IMPORTS.map((each) => [each.name, []]));
  for (const each of IMPORTS) spawnSync(process.execPath, each.args, { env, stdio: "ignore" }); // file cache warm
  for (let round = 0; round < runs; round++) {
    for (const each of rotate(IMPORTS, round)) {
      const started = performance.now();
      const result = spawnSync(process.execPath, each.args, { env, stdio: ["ignore", "ignore", "pipe"] });
      const elapsed = performance.now() - started;
      if (result.status !== 0) throw new Error(`${each.name}: exit ${result.status}: ${result.stderr}`);
      /** @type {number[]} */ (times[each.name]).push(elapsed);
    }
  }
  const baseline = summary(/** @type {number[]} */ (times["node -e 0"])).median;
  return Object.fromEntries(
    IMPORTS.map((each) => {
      const stats = summary(/** @type {number[]} */ (times[each.name]));
      return [each.name, { ...stats, overBaseline: stats.median - baseline }];
    }),
  );
}
