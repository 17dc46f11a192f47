// @ts-check
// Figure 4: cold import of each package, as a whole process (start, import, exit), timed from the
// parent (wall time). Runs are interleaved across the commands, so a busy moment of the machine
// spreads over all of them; `node -e 0` is the baseline, an empty ES module shows what the ESM
// loader adds. Each process also reports its own CPU time (report-cpu.cjs, preloaded into every
// command alike), which stays readable when other work competes for the cores. Differences
// between two commands are taken per round (paired), then the median.
import { spawnSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { childEnv } from "../child-env.mjs";
import { median, rotate, summary } from "../stats.mjs";

/** @param {string} file */
const entry = (file) => fileURLToPath(new URL(`../imports/${file}`, import.meta.url));
const REPORT_CPU = ["-r", entry("report-cpu.cjs")];

export const IMPORTS = [
  { name: "node -e 0", args: ["-e", "0"] },
  { name: "empty ES module", args: [entry("empty.mjs")] },
  { name: "openapi-fetch", args: [entry("openapi-fetch.mjs")] },
  { name: "@maxtoken/node", args: [entry("maxtoken-node.mjs")] },
  { name: "openai", args: [entry("openai.mjs")] },
];

/**
 * @typedef {ReturnType<typeof summary> & { cpu: ReturnType<typeof summary>, wallSamples: number[], cpuSamples: number[] }} ImportTimes
 */

/**
 * @param {{ runs: number }} settings
 * @returns {Record<string, ImportTimes>}  wall and CPU milliseconds per command
 */
export function measureColdImports({ runs }) {
  const env = childEnv();
  /** @type {Record<string, { wall: number[], cpu: number[] }>} */
  const times = Object.fromEntries(IMPORTS.map((each) => [each.name, { wall: [], cpu: [] }]));
  for (const each of IMPORTS) spawnSync(process.execPath, each.args, { env, stdio: "ignore" }); // file cache warm
  for (let round = 0; round < runs; round++) {
    for (const each of rotate(IMPORTS, round)) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [...REPORT_CPU, ...each.args], {
        env,
        stdio: ["ignore", "ignore", "pipe"],
        encoding: "utf8",
      });
      const elapsed = performance.now() - started;
      const cpu = /cpu-us (\d+)/.exec(result.stderr);
      if (result.status !== 0 || !cpu) throw new Error(`${each.name}: exit ${result.status}: ${result.stderr}`);
      const own = /** @type {{ wall: number[], cpu: number[] }} */ (times[each.name]);
      own.wall.push(elapsed);
      own.cpu.push(Number(cpu[1]) / 1000);
    }
  }
  return Object.fromEntries(
    IMPORTS.map((each) => {
      const own = /** @type {{ wall: number[], cpu: number[] }} */ (times[each.name]);
      return [each.name, { ...summary(own.wall), cpu: summary(own.cpu), wallSamples: own.wall, cpuSamples: own.cpu }];
    }),
  );
}

/**
 * The median of per-round differences `a - b` (paired: the same round's runs sit side by side).
 * @param {number[]} a
 * @param {number[]} b
 */
export function pairedDifference(a, b) {
  return median(a.map((value, round) => value - /** @type {number} */ (b[round])));
}
