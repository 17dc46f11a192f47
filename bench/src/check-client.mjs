// @ts-check
// Before anything is timed, every client must return exactly what the server sent: the same
// completion object, and the same chunks, in order, none dropped, added or altered.
import { isDeepStrictEqual } from "node:util";
import { chunk, completion, COMPLETION_REQUEST, STREAM_REQUEST } from "./server/payloads.mjs";

/**
 * Throws an Error naming the first difference.
 * @param {string} name
 * @param {import("./clients/bench-client.mjs").BenchClient} client  created with the server's baseURL(chunks)
 * @param {number} chunks  the stream length that baseURL asks for
 */
export async function checkClient(name, client, chunks) {
  const answer = await client.complete(COMPLETION_REQUEST);
  if (!isDeepStrictEqual(plain(answer), completion())) {
    throw new Error(`${name}: the completion differs from what the server sent: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  let index = 0;
  for await (const got of await client.stream(STREAM_REQUEST)) {
    if (index >= chunks) throw new Error(`${name}: more than the ${chunks} chunks the server sent.`);
    const want = chunk(index, chunks);
    if (!isDeepStrictEqual(plain(got), want)) {
      throw new Error(`${name}: chunk ${index} of ${chunks} differs: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
    index++;
  }
  if (index !== chunks) throw new Error(`${name}: ${index} chunks, want ${chunks}.`);
}

/**
 * A parsed value as plain JSON data (drops class prototypes a client may put on it).
 * @param {unknown} value
 */
function plain(value) {
  return JSON.parse(JSON.stringify(value));
}
