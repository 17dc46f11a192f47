// @ts-check
// What the key-holding proxy (createProxy behind toNodeListener, built @maxtoken/node) adds to a
// call, against the same call made directly to the bench server, and against the least a proxy
// can do (node:http piping bytes, the key added). The caller is the raw-fetch floor client in all
// three cases; the bench server and the proxies each run in their own process.
//
//   node --expose-gc src/proxy-cli.mjs [--quick]
//
// Writes results/proxy.{json,md} (--quick: results/quick.proxy.*, not committed).
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { checkClient } from "./check-client.mjs";
import { createClient } from "./clients/raw-fetch.mjs";
import { measureRequests } from "./figures/requests.mjs";
import { measureStreaming } from "./figures/streaming.mjs";
import { measureLatency } from "./proxy/measure-latency.mjs";
import { startProxies } from "./proxy/start-proxies.mjs";
import { machine } from "./report/machine.mjs";
import { API_KEY } from "./server/payloads.mjs";
import { startServer } from "./server/start-server.mjs";
import { DEFAULT_SETTINGS, QUICK_SETTINGS } from "./settings.mjs";

const quick = process.argv.includes("--quick");
const settings = quick ? QUICK_SETTINGS : DEFAULT_SETTINGS;
const latencySettings = quick ? { requests: 300, warmup: 50 } : { requests: 2000, warmup: 200 };
const started = performance.now();
const where = machine();

const server = await startServer();
const upstream = server.baseURL(settings.streaming.chunks);
const proxies = await startProxies([upstream]);
try {
  const roots = /** @type {{ createProxy: string, pipe: string }} */ (proxies.roots.get(upstream));
  const targets = [
    { name: "direct", client: createClient({ baseURL: upstream, apiKey: API_KEY }) },
    // The page's side of a proxy holds no key; the raw client sends a dummy one, which the proxies drop.
    { name: "createProxy", client: createClient({ baseURL: roots.createProxy, apiKey: "no-key-in-the-page" }) },
    { name: "node:http pipe", client: createClient({ baseURL: roots.pipe, apiKey: "no-key-in-the-page" }) },
  ];
  for (const { name, client } of targets) await checkClient(name, client, settings.streaming.chunks);

  console.log("latency per request...");
  const latency = await measureLatency(targets, latencySettings);
  console.log("sequential requests...");
  const requests = await measureRequests(targets, settings.requests);
  console.log("streaming...");
  const streaming = await measureStreaming(targets, settings.streaming);

  const results = {
    ...where,
    loadAverageAtEnd: loadavg()[0] ?? 0,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    settings: { latency: latencySettings, requests: settings.requests, streaming: settings.streaming },
    latency,
    requests,
    streaming,
  };
  const base = new URL(quick ? "../results/quick.proxy" : "../results/proxy", import.meta.url);
  await writeFile(`${base.pathname}.json`, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(`${base.pathname}.md`, render(results));
  console.log(render(results));
} finally {
  await proxies.close();
  await server.close();
}

/** @param {any} results */
function render(results) {
  const us = (/** @type {number} */ value) => `${Math.round(value).toLocaleString("en-US")} µs`;
  const int = (/** @type {number} */ value) => Math.round(value).toLocaleString("en-US");
  const x = (/** @type {number} */ value) => `${value.toFixed(2)}x`;
  const names = Object.keys(results.latency);
  return `## The key-holding proxy: what it adds

| | |
| --- | --- |
| date | ${results.date} |
| machine | ${results.os}, ${results.cpu}, ${results.memoryGB} GB |
| Node | ${results.node} |
| load average (1 min) at start / end | ${results.loadAverageAtStart.toFixed(2)} / ${results.loadAverageAtEnd.toFixed(2)} |
| commit | ${results.commit} |
| settings | ${results.settings.latency.requests} timed requests per target for latency; requests ${results.settings.requests.rounds} rounds x ${results.settings.requests.requestsPerBlock}; streaming ${results.settings.streaming.rounds} rounds x ${int(results.settings.streaming.chunks)} chunks |
| duration | ${results.durationSeconds} s |

The caller is the raw-fetch floor client in every row; \`direct\` calls the bench server, \`createProxy\`
goes through \`createProxy\` + \`toNodeListener\` (built \`@maxtoken/node\`, its own process, a policy
that lets every call through), \`node:http pipe\` through the least a proxy can do (\`node:http\`
piping bytes both ways with the key added, keep-alive upstream), for reference.

### Latency per non-streamed request (one in flight, targets in turn)

| target | p50 | p90 | p99 | added at p50 | added at p90 |
| --- | ---: | ---: | ---: | ---: | ---: |
${names
  .map((name) => {
    const row = results.latency[name];
    return `| ${name} | ${us(row.p50)} | ${us(row.p90)} | ${us(row.p99)} | ${name === "direct" ? "" : us(row.addedP50)} | ${name === "direct" ? "" : us(row.addedP90)} |`;
  })
  .join("\n")}

### Sequential non-streamed requests/s (interleaved blocks, median over rounds)

| target | requests/s | vs direct | CPU µs/request (caller) |
| --- | ---: | ---: | ---: |
${names
  .map((name) => {
    const row = results.requests[name];
    return `| ${name} | ${int(row.perSecond.median)} | ${x(row.ratio)} | ${row.cpuMicrosPerUnit.toFixed(1)} |`;
  })
  .join("\n")}

### Streaming throughput, ${int(results.settings.streaming.chunks)}-chunk stream (interleaved, median over rounds)

| target | chunks/s | MB/s | vs direct |
| --- | ---: | ---: | ---: |
${names
  .map((name) => {
    const row = results.streaming[name];
    return `| ${name} | ${int(row.perSecond.median)} | ${row.megabytesPerSecond.toFixed(1)} | ${x(row.ratio)} |`;
  })
  .join("\n")}
`;
}
