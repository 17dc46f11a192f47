// @ts-check
// Figure 2: one streamed request of `chunks` chunks per block, every chunk parsed into an object
// and read by the same consumer loop; chunks/s and MB/s of SSE body.
import { consume } from "../consume.mjs";
import { STREAM_REQUEST, sseBodyBytes } from "../server/payloads.mjs";
import { interleave } from "./interleave.mjs";

/**
 * @param {Array<{ name: string, client: import("../clients/bench-client.mjs").BenchClient }>} clients  floor first,
 *   each created with the server's baseURL(chunks)
 * @param {{ rounds: number, chunks: number, warmupBlocks: number }} settings
 */
export async function measureStreaming(clients, { rounds, chunks, warmupBlocks }) {
  const contenders = clients.map(({ name, client }) => ({
    name,
    units: chunks,
    block: async () => {
      const { count } = await consume(await client.stream(STREAM_REQUEST));
      if (count !== chunks) throw new Error(`${name}: ${count} chunks in a timed run, want ${chunks}.`);
    },
  }));
  const results = await interleave(contenders, { rounds, warmupBlocks });
  const bytesPerChunk = sseBodyBytes(chunks) / chunks;
  return Object.fromEntries(
    Object.entries(results).map(([name, result]) => [
      name,
      { ...result, megabytesPerSecond: (result.perSecond.median * bytesPerChunk) / 1e6 },
    ]),
  );
}
