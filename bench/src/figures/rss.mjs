// @ts-check
// Figure 3: peak RSS while streaming, one child process per client and run (so no client's heap
// or modules are counted against another), runs interleaved across clients; median per client.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { childEnv } from "../child-env.mjs";
import { median, rotate } from "../stats.mjs";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("./rss-child.mjs", import.meta.url));

/**
 * @param {string[]} names  client names, floor first
 * @param {(chunks: number) => string} baseURL
 * @param {{ runs: number, chunks: number }} settings
 */
export async function measureRss(names, baseURL, { runs, chunks }) {
  /** @type {Record<string, Array<{ peakRss: number, rssBefore: number, sampledPeak: number }>>} */
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < runs; round++) {
    for (const name of rotate(names, round)) {
      const { stdout } = await run(process.execPath, [CHILD, name, baseURL(chunks), String(chunks)], {
        env: childEnv(),
        timeout: 300_000,
        maxBuffer: 1 << 20,
      });
      /** @type {number[] | any} */ (samples[name]).push(JSON.parse(stdout));
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const own = /** @type {Array<{ peakRss: number, rssBefore: number, sampledPeak: number }>} */ (samples[name]);
      return [
        name,
        {
          peakRss: median(own.map((each) => each.peakRss)),
          rssBefore: median(own.map((each) => each.rssBefore)),
          sampledPeak: median(own.map((each) => each.sampledPeak)),
          runs: own.length,
        },
      ];
    }),
  );
}
