// @ts-check
// Where a non-streamed request's cost over raw fetch goes: raw fetch with one feature of a full
// client added at a time, beside @maxtoken/node, interleaved in one process like figure 1.
//
//   node --expose-gc bench/src/diagnostics/request-costs.mjs [rounds]
//
// "timeout-ready" is what any client that honours a per-attempt timeout and a caller's abort
// does on Node's fetch: a fresh AbortController and a timer per attempt (undici then keeps a
// WeakRef, a FinalizationRegistry entry and an abort listener per request). "hand-written client"
// adds our headers and reads the request id too: the floor for a client with our features.
import { clientEntry } from "../clients/bench-client.mjs";
import { interleave } from "../figures/interleave.mjs";
import { API_KEY, COMPLETION_REQUEST } from "../server/payloads.mjs";
import { startServer } from "../server/start-server.mjs";

const rounds = Number(process.argv[2] ?? 21);
const server = await startServer();
try {
  const url = `${server.baseURL()}/chat/completions`;
  const headers = { "content-type": "application/json", authorization: `Bearer ${API_KEY}` };
  const sdk = `@maxtoken/node@0.0.0 node/${process.versions.node}`;
  const sdkHeaders = { accept: "application/json", "x-maxtoken-sdk": sdk, "user-agent": sdk, ...headers };
  const noop = () => {};
  /** @type {Record<string, () => Promise<unknown>>} */
  const variants = {
    "raw fetch": async () =>
      (await fetch(url, { method: "POST", headers, body: JSON.stringify(COMPLETION_REQUEST) })).json(),
    "+ SDK headers": async () =>
      (await fetch(url, { method: "POST", headers: sdkHeaders, body: JSON.stringify(COMPLETION_REQUEST) })).json(),
    "+ signal and timer": async () => {
      const controller = new AbortController();
      const timer = setTimeout(noop, 600_000, controller);
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify(COMPLETION_REQUEST),
        signal: controller.signal,
      });
      clearTimeout(timer);
      return response.json();
    },
    "hand-written client": async () => {
      const controller = new AbortController();
      const timer = setTimeout(noop, 600_000, controller);
      const response = await fetch(url, {
        method: "POST",
        headers: { ...sdkHeaders },
        body: JSON.stringify(COMPLETION_REQUEST),
        signal: controller.signal,
      });
      clearTimeout(timer);
      response.headers.get("x-request-id");
      return JSON.parse(await response.text());
    },
  };
  const { createClient } = await clientEntry("maxtoken").load();
  const ours = createClient({ baseURL: server.baseURL(), apiKey: API_KEY });
  variants["@maxtoken/node"] = () => ours.complete(COMPLETION_REQUEST);

  const perBlock = 200;
  const results = await interleave(
    Object.entries(variants).map(([name, send]) => ({
      name,
      units: perBlock,
      block: async () => {
        for (let request = 0; request < perBlock; request++) await send();
      },
    })),
    { rounds, warmupBlocks: 1 },
  );
  console.log(`${rounds} rounds x ${perBlock} requests; ratios are medians of per-round ratios to raw fetch`);
  console.log("variant               requests/s  vs raw  CPU µs/request  CPU vs raw");
  for (const [name, each] of Object.entries(results)) {
    console.log(
      `${name.padEnd(20)}  ${Math.round(each.perSecond.median).toString().padStart(10)}  ${each.ratio.toFixed(2).padStart(5)}x  ${Math.round(each.cpuMicrosPerUnit).toString().padStart(14)}  ${each.cpuRatio.toFixed(2).padStart(9)}x`,
    );
  }
} finally {
  await server.close();
}
