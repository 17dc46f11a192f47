// @ts-check
// The floor: the simplest correct reading of this server's stream, split into events on the
// blank line ("\n\n", the only line end the bench server sends). The cost every full client is
// measured against.
import { splitData } from "./split-data.mjs";

/**
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<any>}
 */
export function splitEvents(body) {
  return splitData(body, "\n\n");
}
