// @ts-check
// One process, one client (only its package is loaded): a warm-up request, then one stream of
// `chunks` chunks through the common consumer loop. Prints JSON: the process's peak RSS
// (getrusage maxrss: the true peak, including anything between samples), the RSS before the
// stream, and the highest RSS sampled every 1,000 chunks during it.
//
//   node rss-child.mjs <client> <baseURL> <chunks>
import { clientEntry } from "../clients/bench-client.mjs";
import { consume } from "../consume.mjs";
import { API_KEY, COMPLETION_REQUEST, STREAM_REQUEST } from "../server/payloads.mjs";

const [name = "", baseURL = "", chunksArgument = ""] = process.argv.slice(2);
const chunks = Number(chunksArgument);
const { createClient } = await clientEntry(name).load();
const client = createClient({ baseURL, apiKey: API_KEY });
await client.complete(COMPLETION_REQUEST);

const rssBefore = process.memoryUsage.rss();
let sampledPeak = rssBefore;
const stream = await client.stream(STREAM_REQUEST);
const sampled = {
  async *[Symbol.asyncIterator]() {
    let index = 0;
    for await (const chunk of stream) {
      if (++index % 1000 === 0) sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
      yield chunk;
    }
  },
};
const { count } = await consume(sampled);
if (count !== chunks) throw new Error(`${name}: ${count} chunks, want ${chunks}.`);
sampledPeak = Math.max(sampledPeak, process.memoryUsage.rss());
process.stdout.write(
  `${JSON.stringify({ client: name, chunks: count, peakRss: process.resourceUsage().maxRSS * 1024, rssBefore, sampledPeak })}\n`,
);
