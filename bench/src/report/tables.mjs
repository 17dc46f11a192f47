// @ts-check
// One run's results as tables (title, header, rows of strings), rendered to the terminal and to
// markdown by render.mjs.
import { CLIENTS } from "../clients/bench-client.mjs";
import { PAGES } from "../figures/bundles.mjs";
import { IMPORTS, pairedDifference } from "../figures/cold-import.mjs";

/** @typedef {{ title: string, note?: string, header: string[], rows: string[][] }} Table */

const MB = 1024 * 1024;
const number = (/** @type {number} */ value, digits = 0) =>
  value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (/** @type {number} */ value) => `${value.toFixed(2)}x`;
const signed = (/** @type {number} */ value) => `${value >= 0 ? "+" : ""}${number(value, 1)}`;

/**
 * @param {any} run  { machine, settings, settingsText, results, targets, bytesPerChunk }
 * @returns {Table[]}
 */
export function tables(run) {
  const { results } = run;
  const label = (/** @type {string} */ name) => CLIENTS.find((each) => each.name === name)?.label ?? name;
  /** @type {Table[]} */
  const out = [];
  if (run.targets.length > 0) {
    out.push({
      title: "Targets (ratios from this run)",
      header: ["target", "measured", "result"],
      rows: run.targets.map((/** @type {any} */ each) => [
        each.target,
        each.measured,
        each.pass === undefined ? "n/a" : each.pass ? "pass" : "MISS",
      ]),
    });
  }
  if (results.requests) {
    out.push({
      title: "(1) Sequential non-streamed requests",
      note:
        "one request in flight, keep-alive, ~1 KB completion parsed; median over rounds; ratio = median of per-round ratios to raw fetch; " +
        "CPU = this process's CPU time per request (lower is better)",
      header: ["client", "requests/s", "p25-p75", "vs raw fetch", "CPU µs/request", "CPU vs raw"],
      rows: Object.entries(results.requests).map(([name, each]) => [
        label(name),
        number(each.perSecond.median),
        `${number(each.perSecond.p25)}-${number(each.perSecond.p75)}`,
        ratio(each.ratio),
        number(each.cpuMicrosPerUnit),
        ratio(each.cpuRatio),
      ]),
    });
  }
  if (results.streaming) {
    out.push({
      title: `(2) Streaming ${number(run.settings.streaming.chunks)} chunks, parsed into objects`,
      note: `${number(run.bytesPerChunk, 1)} B per SSE event on the wire; one stream per block; CPU = this process's CPU time per chunk`,
      header: ["client", "chunks/s", "p25-p75", "MB/s", "vs raw floor", "CPU µs/chunk", "CPU vs raw"],
      rows: Object.entries(results.streaming).map(([name, each]) => [
        label(name),
        number(each.perSecond.median),
        `${number(each.perSecond.p25)}-${number(each.perSecond.p75)}`,
        number(each.megabytesPerSecond, 1),
        ratio(each.ratio),
        number(each.cpuMicrosPerUnit, 2),
        ratio(each.cpuRatio),
      ]),
    });
  }
  if (results.rss) {
    const floor = results.rss["raw-fetch"].peakRss;
    out.push({
      title: `(3) Peak RSS while streaming ${number(run.settings.rss.chunks)} chunks`,
      note: "one child process per client and run (only that client's package loaded); getrusage maxrss; median of runs",
      header: ["client", "peak RSS MB", "RSS before stream MB", "vs raw fetch MB"],
      rows: Object.entries(results.rss).map(([name, each]) => [
        label(name),
        number(each.peakRss / MB, 1),
        number(each.rssBefore / MB, 1),
        `${each.peakRss >= floor ? "+" : ""}${number((each.peakRss - floor) / MB, 1)}`,
      ]),
    });
  }
  if (results.imports) {
    const base = results.imports["node -e 0"];
    out.push({
      title: "(4) Cold import, whole process",
      note:
        `${run.settings.imports.runs} runs per command, interleaved; wall = spawn to exit seen from the parent, ` +
        'CPU = the process\'s own user+system time; "over" columns are medians of per-round differences to node -e 0',
      header: [
        "command",
        "wall median ms",
        "wall p25-p75 ms",
        "wall over node -e 0",
        "CPU median ms",
        "CPU over node -e 0",
      ],
      rows: IMPORTS.map(({ name }) => {
        const each = results.imports[name];
        const first = name === "node -e 0";
        return [
          first || name === "empty ES module" ? name : `import "${name}"`,
          number(each.median, 1),
          `${number(each.p25, 1)}-${number(each.p75, 1)}`,
          first ? "" : `${signed(pairedDifference(each.wallSamples, base.wallSamples))} ms`,
          number(each.cpu.median, 1),
          first ? "" : `${signed(pairedDifference(each.cpuSamples, base.cpuSamples))} ms`,
        ];
      }),
    });
  }
  if (results.bundles) {
    out.push({
      title: "(5) Browser page: create a client, iterate a streamed completion",
      note: "esbuild --bundle --minify --format=esm --platform=browser on the built packages; gzip level 9",
      header: ["page", "minified B", "gzip B", "largest inputs (minified B)"],
      rows: PAGES.map(({ name, label: pageLabel }) => {
        const each = results.bundles[name];
        return [
          pageLabel,
          number(each.minified),
          number(each.gzip),
          each.largestInputs
            .slice(0, 3)
            .map((/** @type {{ path: string, bytes: number }} */ input) => `${input.path} ${number(input.bytes)}`)
            .join(", "),
        ];
      }),
    });
  }
  if (results.generate) {
    const each = results.generate;
    out.push({
      title: "(6) pnpm generate",
      note: "wall time of the whole command at the repository root",
      header: ["runs", "median s", "min-max s", "generated files unchanged"],
      rows: [
        [
          String(each.seconds.runs),
          each.error ? "failed" : number(each.seconds.median, 2),
          each.error ? each.error.slice(0, 120) : `${number(each.seconds.min, 2)}-${number(each.seconds.max, 2)}`,
          each.unchanged ? "yes" : `NO: ${each.changedFiles.join(", ")}`,
        ],
      ],
    });
  }
  return out;
}
