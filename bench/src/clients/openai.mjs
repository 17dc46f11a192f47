// @ts-check
// The official openai package pointed at the bench server, with its defaults.
import OpenAI from "openai";

/** @type {import("./bench-client.mjs").ClientModule["createClient"]} */
export function createClient({ baseURL, apiKey }) {
  const client = new OpenAI({ apiKey, baseURL });
  return {
    complete: (body) => client.chat.completions.create(/** @type {any} */ (body)),
    stream: async (body) =>
      /** @type {any} */ (await client.chat.completions.create(/** @type {any} */ ({ ...body, stream: true }))),
  };
}
