// @ts-check
// How every in-process figure is timed: all clients in one process, in blocks, round after round,
// the order rotated each round; a full GC (when --expose-gc) before each block so no client pays
// for another's garbage. Each client's figure is the median over rounds; its ratio to the floor
// is the median of its per-round ratios (paired, so a slow moment of the machine hits both).
// Each block's CPU time (this process: user + system, all threads) is recorded too: CPU per unit
// shows a client's own cost even when the machine is busy and wall time mostly measures waiting.
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
 * @returns {Promise<Record<string, { perSecond: ReturnType<typeof summary>, ratio: number, ratios: number[], cpuMicrosPerUnit: number, cpuRatio: number }>>}
 */
export async function interleave(contenders, { rounds, warmupBlocks }) {
  for (let warm = 0; warm < warmupBlocks; warm++) for (const contender of contenders) await contender.block();
  /** @type {Record<string, number[]>} */
  const rates = Object.fromEntries(contenders.map((each) => [each.name, []]));
  /** @type {Record<string, number[]>} */
  const cpu = Object.fromEntries(contenders.map((each) => [each.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const contender of rotate(contenders, round)) {
      collectGarbage?.();
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      await contender.block();
      const seconds = (performance.now() - started) / 1000;
      const { user, system } = process.cpuUsage(cpuStarted);
      /** @type {number[]} */ (rates[contender.name]).push(contender.units / seconds);
      /** @type {number[]} */ (cpu[contender.name]).push((user + system) / contender.units);
    }
  }
  const floorName = /** @type {Contender} */ (contenders[0]).name;
  const floor = /** @type {number[]} */ (rates[floorName]);
  const floorCpu = /** @type {number[]} */ (cpu[floorName]);
  return Object.fromEntries(
    contenders.map((contender) => {
      const own = /** @type {number[]} */ (rates[contender.name]);
      const ratios = own.map((rate, round) => rate / /** @type {number} */ (floor[round]));
      const ownCpu = /** @type {number[]} */ (cpu[contender.name]);
      const cpuRatio = median(ownCpu.map((micros, round) => micros / /** @type {number} */ (floorCpu[round])));
      return [
        contender.name,
        { perSecond: summary(own), ratio: median(ratios), ratios, cpuMicrosPerUnit: median(ownCpu), cpuRatio },
      ];
    }),
  );
}
