// The checker that runs before anything is timed: it passes a faithful client and catches one
// that drops, adds, reorders or alters a chunk, or changes the completion.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkClient } from "../src/check-client.mjs";
import type { BenchClient, Chunk } from "../src/clients/bench-client.mjs";
import { createClient } from "../src/clients/raw-fetch.mjs";
import { API_KEY } from "../src/server/payloads.mjs";
import { type BenchServer, startServer } from "../src/server/start-server.mjs";

const CHUNKS = 40;
let server: BenchServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

/** The raw client with its stream passed through `edit` (which gets every chunk and its index). */
function tampered(edit: (chunks: Chunk[]) => Chunk[]): BenchClient {
  const client = createClient({ baseURL: server.baseURL(CHUNKS), apiKey: API_KEY });
  return {
    complete: client.complete,
    stream: async (body) => {
      const all: Chunk[] = [];
      for await (const chunk of await client.stream(body)) all.push(chunk);
      return (async function* () {
        yield* edit(all);
      })();
    },
  };
}

describe("checkClient", () => {
  test("passes a client that returns exactly what the server sent", async () => {
    await expect(
      checkClient("raw", createClient({ baseURL: server.baseURL(CHUNKS), apiKey: API_KEY }), CHUNKS),
    ).resolves.toBeUndefined();
  });

  test("catches a dropped chunk", async () => {
    const client = tampered((chunks) => chunks.filter((_, index) => index !== 7));
    await expect(checkClient("dropper", client, CHUNKS)).rejects.toThrow(/dropper: chunk 7 of 40 differs/);
  });

  test("catches a dropped last chunk (the count)", async () => {
    const client = tampered((chunks) => chunks.slice(0, -1));
    await expect(checkClient("short", client, CHUNKS)).rejects.toThrow(/short: 39 chunks, want 40/);
  });

  test("catches an extra chunk", async () => {
    const client = tampered((chunks) => [...chunks, chunks[0]!]);
    await expect(checkClient("extra", client, CHUNKS)).rejects.toThrow(/more than the 40 chunks/);
  });

  test("catches two chunks swapped", async () => {
    const client = tampered((chunks) => [chunks[1]!, chunks[0]!, ...chunks.slice(2)]);
    await expect(checkClient("swap", client, CHUNKS)).rejects.toThrow(/chunk 0 of 40 differs/);
  });

  test("catches altered content", async () => {
    const client = tampered((chunks) =>
      chunks.map((chunk, index) =>
        index === 3 ? { ...chunk, choices: [{ ...chunk.choices[0], delta: { content: "?" } }] } : chunk,
      ),
    );
    await expect(checkClient("alter", client, CHUNKS)).rejects.toThrow(/chunk 3 of 40 differs/);
  });

  test("catches a changed completion", async () => {
    const honest = createClient({ baseURL: server.baseURL(CHUNKS), apiKey: API_KEY });
    const client: BenchClient = {
      ...honest,
      complete: async (body) => ({ ...((await honest.complete(body)) as object), model: "other" }),
    };
    await expect(checkClient("answer", client, CHUNKS)).rejects.toThrow(/answer: the completion differs/);
  });
});
