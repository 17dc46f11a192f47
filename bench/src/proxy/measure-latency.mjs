// @ts-check
// Added latency per request: sequential non-streamed requests, one in flight, the targets taken
// in turn (direct, then through each proxy, then direct again...) so that a busy moment of the
// machine hits all of them; each request timed on its own. Percentiles per target.
import { performance } from "node:perf_hooks";
import { COMPLETION_REQUEST } from "../server/payloads.mjs";
import { quantile } from "../stats.mjs";

/**
 * @param {Array<{ name: string, client: import("../clients/bench-client.mjs").BenchClient }>} targets  direct first
 * @param {{ requests: number, warmup: number }} settings  requests per target
 */
export async function measureLatency(targets, { requests, warmup }) {
  for (let index = 0; index < warmup; index++)
    for (const { client } of targets) await client.complete(COMPLETION_REQUEST);
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(targets.map(({ name }) => [name, []]));
  for (let index = 0; index < requests; index++) {
    for (const { name, client } of targets) {
      const started = performance.now();
      await client.complete(COMPLETION_REQUEST);
      /** @type {number[]} */ (samples[name]).push((performance.now() - started) * 1000);
    }
  }
  const direct = /** @type {number[]} */ (samples[/** @type {{ name: string }} */ (targets[0]).name]);
  return Object.fromEntries(
    targets.map(({ name }) => {
      const own = /** @type {number[]} */ (samples[name]);
      const at = (/** @type {number} */ q) => quantile(own, q);
      return [
        name,
        {
          p50: at(0.5),
          p90: at(0.9),
          p99: at(0.99),
          addedP50: at(0.5) - quantile(direct, 0.5),
          addedP90: at(0.9) - quantile(direct, 0.9),
        },
      ];
    }),
  );
}
