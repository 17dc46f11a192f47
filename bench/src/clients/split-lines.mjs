// @ts-check
// A minimal line splitter, what a hand-rolled openapi-fetch user would write: split the text on
// "\n" and keep `data: ` lines. No SSE rules and no types.
import { splitData } from "./split-data.mjs";

/**
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<any>}
 */
export function splitLines(body) {
  return splitData(body, "\n");
}
