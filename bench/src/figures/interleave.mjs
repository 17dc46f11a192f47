// @ts-check
// How every in-process figure is timed: all clients in one process, in blocks, round after round,
// the order rotated each round; a full GC (when --expose-gc) before each block so no client pays
// for another's garbage. Each client's figure is the median over rounds; its ratio to the floor
// is the median of its per-round ratios (paired, so a slow moment of the machine hits both).
import { performance } from "node:perf_hooks";
import { median, rotate, summary } from "../stats.mjs";

const collectGarbage = /** @type {(() => void) | undefined} */ (globalThis.gc);

/**
 * @typedef {object} Contender
 * @property {string} name
 * @property {() => Promise<void>} block  one timed block of work
 * @property {number} units  how many units (requests, chunks) one block does
 */

/**
 * @param {Contender[]} contenders  the first is the floor
 * @param {{ rounds: number, warmupBlocks: number }} settings
 * @returns {Promise<Record<string, { perSecond: ReturnType<typeof summary>, ratio: number, ratios: number[] }>>}
 */
export async function interleave(contenders, { rounds, warmupBlocks }) {
  for (let warm = 0; warm < warmupBlocks; warm++) for (const contender of contenders) await contender.block();
  /** @type {Record<string, number[]>} */
  const rates = Object.fromEntries(contenders.map((each) => [each.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of rotate(contenders, round)) {
      collectGarbage?.();
      const started = performance.now();
      await contender.block();
      const seconds = (performance.now() - started) / 1000;
      /** @type {number[]} */ (rates[contender.name]).push(contender.units / seconds);
    }
  }
  const floor = /** @type {number[]} */ (rates[/** @type {Contender} */ (contenders[0]).name]);
  return Object.fromEntries(
    contenders.map((contender) => {
      const own = /** @type {number[]} */ (rates[contender.name]);
      const ratios = own.map((rate, round) => rate / /** @type {number} */ (floor[round]));
      return [contender.name, { perSecond: summary(own), ratio: median(ratios), ratios }];
    }),
  );
}
