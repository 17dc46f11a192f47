#!/usr/bin/env node
// @ts-check
// `pnpm bench` (root: builds @maxtoken/node and @maxtoken/browser first, then runs this).
//
//   node --expose-gc bench/src/cli.mjs [--quick] [--only requests,streaming,rss,imports,bundles,generate] [--no-write]
//
// Starts the loopback server in its own process, checks every client against it, measures the six
// figures, prints the tables and writes results/latest.{json,md} and the table in README.md
// (results/quick.* with --quick; nothing with --only or --no-write).
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { checkClient } from "./check-client.mjs";
import { CLIENTS } from "./clients/bench-client.mjs";
import { measureBundles } from "./figures/bundles.mjs";
import { measureColdImports } from "./figures/cold-import.mjs";
import { measureGenerate, REPO_ROOT } from "./figures/generate.mjs";
import { measureRequests } from "./figures/requests.mjs";
import { measureRss } from "./figures/rss.mjs";
import { measureStreaming } from "./figures/streaming.mjs";
import { machine } from "./report/machine.mjs";
import { markdownReport, textTable } from "./report/render.mjs";
import { tables } from "./report/tables.mjs";
import { updateReadme } from "./report/update-readme.mjs";
import { API_KEY, sseBodyBytes } from "./server/payloads.mjs";
import { startServer } from "./server/start-server.mjs";
import { DEFAULT_SETTINGS, describeSettings, QUICK_SETTINGS } from "./settings.mjs";
import { evaluateTargets } from "./targets.mjs";

const FIGURES = ["requests", "streaming", "rss", "imports", "bundles", "generate"];
const BUILT = ["packages/node/dist/index.js", "packages/browser/dist/index.js", "packages/core/dist/index.js"];

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    only: { type: "string" },
    "no-write": { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`Usage: pnpm bench [--quick] [--only ${FIGURES.join(",")}] [--no-write]`);
  process.exit(0);
}
const only = values.only ? values.only.split(",").map((each) => each.trim()) : FIGURES;
const unknown = only.filter((each) => !FIGURES.includes(each));
if (unknown.length > 0) {
  console.error(`Unknown figure(s): ${unknown.join(", ")}. Known: ${FIGURES.join(", ")}.`);
  process.exit(2);
}
const missing = BUILT.filter((path) => !existsSync(new URL(path, `file://${REPO_ROOT}`)));
if (missing.length > 0) {
  console.error(
    `The bench measures the built packages, and ${missing.join(", ")} is missing: run \`pnpm bench\` at the root (it builds first) or \`pnpm build\`.`,
  );
  process.exit(1);
}
if (typeof globalThis.gc !== "function")
  console.error("note: run with --expose-gc (as `pnpm bench` does) to collect garbage between timed blocks.");

const settings = values.quick ? QUICK_SETTINGS : DEFAULT_SETTINGS;
const started = performance.now();
const about = machine();
const progress = (/** @type {string} */ line) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${line}`);
progress(
  `${about.node} on ${about.cpu}, load average ${about.loadAverageAtStart.toFixed(2)}; ${describeSettings(settings)}`,
);

/** @type {Record<string, any>} */
const results = {};
const server = await startServer();
try {
  if (only.includes("requests") || only.includes("streaming")) {
    const chunks = settings.streaming.chunks;
    const clients = [];
    for (const entry of CLIENTS) {
      const { createClient } = await entry.load();
      const forRequests = createClient({ baseURL: server.baseURL(), apiKey: API_KEY });
      const forStreams = createClient({ baseURL: server.baseURL(chunks), apiKey: API_KEY });
      await checkClient(entry.name, forStreams, chunks);
      clients.push({ name: entry.name, forRequests, forStreams });
    }
    progress(`every client returned the same completion and the same ${chunks.toLocaleString("en-US")} chunks`);
    if (only.includes("requests")) {
      results.requests = await measureRequests(
        clients.map(({ name, forRequests }) => ({ name, client: forRequests })),
        settings.requests,
      );
      progress("(1) requests done");
    }
    if (only.includes("streaming")) {
      results.streaming = await measureStreaming(
        clients.map(({ name, forStreams }) => ({ name, client: forStreams })),
        settings.streaming,
      );
      progress("(2) streaming done");
    }
  }
  if (only.includes("rss")) {
    results.rss = await measureRss(
      CLIENTS.map((each) => each.name),
      server.baseURL,
      settings.rss,
    );
    progress("(3) RSS done");
  }
} finally {
  await server.close();
}
if (only.includes("imports")) {
  results.imports = measureColdImports(settings.imports);
  progress("(4) cold imports done");
}
if (only.includes("bundles")) {
  results.bundles = await measureBundles();
  progress("(5) bundles done");
}
if (only.includes("generate")) {
  results.generate = measureGenerate(settings.generate);
  progress("(6) pnpm generate done");
}

const run = {
  machine: about,
  loadAverageAtEnd: loadavg()[0] ?? 0,
  durationSeconds: (performance.now() - started) / 1000,
  settings,
  settingsText: describeSettings(settings),
  bytesPerChunk: sseBodyBytes(settings.streaming.chunks) / settings.streaming.chunks,
  results,
  targets: evaluateTargets(results),
};
const allTables = tables(run);
console.log(`\n${allTables.map(textTable).join("\n\n")}\n`);
console.log(
  `${about.node}, ${about.cpu}, load average ${about.loadAverageAtStart.toFixed(2)} -> ${run.loadAverageAtEnd.toFixed(2)}: ` +
    "absolute figures need a quiet machine; ratios within one run are the comparable part.",
);

if (!values["no-write"] && !values.only) {
  const folder = new URL("../results/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  const stem = settings.mode === "quick" ? "quick" : "latest";
  writeFileSync(new URL(`${stem}.json`, folder), `${JSON.stringify(run, null, 2)}\n`);
  const report = markdownReport(run, allTables);
  writeFileSync(new URL(`${stem}.md`, folder), report);
  console.log(`Wrote bench/results/${stem}.json and bench/results/${stem}.md.`);
  if (settings.mode === "default") {
    updateReadme(new URL("../README.md", import.meta.url), report);
    console.log("Updated the table in bench/README.md.");
  }
}
