// @ts-check
// Figure 1: sequential non-streamed requests per second (one request in flight, keep-alive),
// each client's ~1 KB completion parsed into an object.
import { COMPLETION_REQUEST } from "../server/payloads.mjs";
import { interleave } from "./interleave.mjs";

/**
 * @param {Array<{ name: string, client: import("../clients/bench-client.mjs").BenchClient }>} clients  floor first
 * @param {{ rounds: number, requestsPerBlock: number, warmupBlocks: number }} settings
 */
export async function measureRequests(clients, { rounds, requestsPerBlock, warmupBlocks }) {
  const contenders = clients.map(({ name, client }) => ({
    name,
    units: requestsPerBlock,
    block: async () => {
      for (let request = 0; request < requestsPerBlock; request++) await client.complete(COMPLETION_REQUEST);
    },
  }));
  return interleave(contenders, { rounds, warmupBlocks });
}
