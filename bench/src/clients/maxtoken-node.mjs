// @ts-check
// @maxtoken/node with its defaults (retries, timeouts, request checks, full SSE rules all on).
import { Maxtoken } from "@maxtoken/node";

/** @type {import("./bench-client.mjs").ClientModule["createClient"]} */
export function createClient({ baseURL, apiKey }) {
  const client = new Maxtoken({ apiKey, baseURL });
  return {
    complete: (body) => client.chat.completions.create(/** @type {any} */ (body)),
    stream: async (body) =>
      /** @type {Promise<any>} */ (client.chat.completions.create(/** @type {any} */ ({ ...body, stream: true }))),
  };
}
