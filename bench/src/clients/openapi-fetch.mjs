// @ts-check
// openapi-fetch 0.17 (untyped here: types cost nothing at run time) with a minimal line splitter.
import createFetchClient from "openapi-fetch";
import { splitLines } from "./split-lines.mjs";

/** @type {import("./bench-client.mjs").ClientModule["createClient"]} */
export function createClient({ baseURL, apiKey }) {
  /** @type {any} */
  const client = createFetchClient({ baseUrl: baseURL, headers: { authorization: `Bearer ${apiKey}` } });
  return {
    complete: async (body) => {
      const { data, error, response } = await client.POST("/chat/completions", { body });
      if (error !== undefined) throw new Error(`openapi-fetch: HTTP ${response.status}: ${JSON.stringify(error)}`);
      return data;
    },
    stream: async (body) => {
      const { data, error, response } = await client.POST("/chat/completions", { body, parseAs: "stream" });
      if (error !== undefined) throw new Error(`openapi-fetch: HTTP ${response.status}: ${JSON.stringify(error)}`);
      return splitLines(data);
    },
  };
}
