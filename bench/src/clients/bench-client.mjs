// @ts-check
// The shape every benchmarked client is wrapped in, and the list of them.

/**
 * @typedef {object} Chunk  a parsed `chat.completion.chunk` (only what the consumer reads is typed)
 * @property {Array<{ delta?: { content?: string | null }, finish_reason?: string | null }>} choices
 */

/**
 * @typedef {object} BenchClient
 * @property {(body: object) => Promise<unknown>} complete      one non-streamed request, resolved to the parsed body
 * @property {(body: object) => Promise<AsyncIterable<Chunk>>} stream  one streamed request, resolved to its parsed chunks
 */

/**
 * @typedef {object} ClientModule
 * @property {(options: { baseURL: string, apiKey: string }) => BenchClient} createClient
 */

/**
 * @typedef {object} ClientEntry
 * @property {string} name   short id, used in results and on the command line
 * @property {string} label  what the table shows
 * @property {() => Promise<ClientModule>} load  imports only this client's package (RSS children load one)
 */

/** @type {ClientEntry[]} The first is the floor every ratio is taken against. */
export const CLIENTS = [
  { name: "raw-fetch", label: "raw fetch + split (floor)", load: () => import("./raw-fetch.mjs") },
  { name: "maxtoken", label: "@maxtoken/node", load: () => import("./maxtoken-node.mjs") },
  { name: "openapi-fetch", label: "openapi-fetch + line split", load: () => import("./openapi-fetch.mjs") },
  { name: "openai", label: "openai", load: () => import("./openai.mjs") },
];

export const FLOOR = "raw-fetch";

/** @param {string} name */
export function clientEntry(name) {
  const entry = CLIENTS.find((each) => each.name === name);
  if (!entry) throw new Error(`Unknown client "${name}"; known: ${CLIENTS.map((each) => each.name).join(", ")}.`);
  return entry;
}
