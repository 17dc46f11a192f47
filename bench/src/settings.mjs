// @ts-check
// How much work each figure does. The default finishes within 5 minutes on a busy 2-core box,
// --quick within 1 minute (fewer rounds and runs). Both stream 100,000 chunks: shorter streams
// give different ratios (per-stream costs and GC weigh more), so --quick stays comparable.

/**
 * @typedef {object} Settings
 * @property {"default" | "quick"} mode
 * @property {{ rounds: number, requestsPerBlock: number, warmupBlocks: number }} requests
 * @property {{ rounds: number, chunks: number, warmupBlocks: number }} streaming
 * @property {{ runs: number, chunks: number }} rss
 * @property {{ runs: number }} imports
 * @property {{ runs: number }} generate
 */

/** @type {Settings} */
export const DEFAULT_SETTINGS = {
  mode: "default",
  requests: { rounds: 15, requestsPerBlock: 200, warmupBlocks: 1 },
  streaming: { rounds: 9, chunks: 100_000, warmupBlocks: 1 },
  rss: { runs: 3, chunks: 100_000 },
  imports: { runs: 40 },
  generate: { runs: 3 },
};

/** @type {Settings} */
export const QUICK_SETTINGS = {
  mode: "quick",
  requests: { rounds: 3, requestsPerBlock: 100, warmupBlocks: 1 },
  streaming: { rounds: 3, chunks: 100_000, warmupBlocks: 0 },
  rss: { runs: 1, chunks: 100_000 },
  imports: { runs: 8 },
  generate: { runs: 1 },
};

/** @param {Settings} settings */
export function describeSettings(settings) {
  const { requests, streaming, rss, imports, generate } = settings;
  return [
    `${settings.mode}:`,
    `requests ${requests.rounds} rounds x ${requests.requestsPerBlock} per client;`,
    `streaming ${streaming.rounds} rounds x ${streaming.chunks.toLocaleString("en-US")} chunks;`,
    `RSS ${rss.runs} child run(s) per client x ${rss.chunks.toLocaleString("en-US")} chunks;`,
    `cold import ${imports.runs} runs per command;`,
    `pnpm generate ${generate.runs} run(s)`,
  ].join(" ");
}
