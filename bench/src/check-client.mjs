// @ts-check
// Before anything is timed, every client must return exactly what the server sent: the same
// completion object, and the same chunks, in order, none dropped, added or altered.
import { isDeepStrictEqual } from "node:util";
import { COMPLETION_REQUEST, chunk, completion, STREAM_REQUEST } from "./server/payloads.mjs";

/**
 * Throws an Error naming the first difference.
 * @param {string} name
 * @param {import("./clients/bench-client.mjs").BenchClient} client  created with the server's baseURL(chunks)
 * @param {number} chunks  the stream length that baseURL asks for
 */
export async function checkClient(name, client, chunks) {
  const answer = await client.complete(COMPLETION_REQUEST);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(answer)), completion())) {
    throw new Error(
      `${name}: the completion differs from what the server sent: ${JSON.stringify(answer).slice(0, 300)}`,
    );
  }
  let index = 0;
  for await (const got of await client.stream(STREAM_REQUEST)) {
    if (index >= chunks) throw new Error(`${name}: more than the ${chunks} chunks the server sent.`);
    // The same JSON text (keys in the same order) as the server's chunk: equal data, nothing added.
    const want = JSON.stringify(chunk(index, chunks));
    if (JSON.stringify(got) !== want)
      throw new Error(`${name}: chunk ${index} of ${chunks} differs: got ${JSON.stringify(got)}, want ${want}`);
    index++;
  }
  if (index !== chunks) throw new Error(`${name}: ${index} chunks, want ${chunks}.`);
}
