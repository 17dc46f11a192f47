// @ts-check
// The floor: `fetch(url, init)` with a prebuilt init, `response.json()`, and splitEvents().
import { splitEvents } from "./split-events.mjs";

/** @type {import("./bench-client.mjs").ClientModule["createClient"]} */
export function createClient({ baseURL, apiKey }) {
  const url = `${baseURL}/chat/completions`;
  const headers = { "content-type": "application/json", authorization: `Bearer ${apiKey}` };
  /** @param {object} body */
  const send = async (body) => {
    const response = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`raw fetch: HTTP ${response.status}: ${await response.text()}`);
    return response;
  };
  return {
    complete: async (body) => (await send(body)).json(),
    stream: async (body) => splitEvents(/** @type {ReadableStream<Uint8Array>} */ ((await send(body)).body)),
  };
}
