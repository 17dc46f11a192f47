// The proxy bench's harness: both proxies it times (createProxy from the built @maxtoken/node,
// and the node:http pipe for reference) pass on exactly what the bench server sends, and do not
// forward the caller's key. No timing is asserted.
import { afterAll, beforeAll, expect, test } from "vitest";
import { checkClient } from "../src/check-client.mjs";
import { createClient } from "../src/clients/raw-fetch.mjs";
import { startProxies } from "../src/proxy/start-proxies.mjs";
import { type BenchServer, startServer } from "../src/server/start-server.mjs";

const CHUNKS = 40;
let server: BenchServer;
let proxies: Awaited<ReturnType<typeof startProxies>>;
beforeAll(async () => {
  server = await startServer();
  proxies = await startProxies([server.baseURL(CHUNKS)]);
});
afterAll(async () => {
  await proxies?.close();
  await server?.close();
});

test.each(["createProxy", "pipe"] as const)(
  "%s passes the completion and every chunk through unchanged",
  async (name) => {
    const root = proxies.roots.get(server.baseURL(CHUNKS))![name];
    // The bench server answers 401 to any key but its own: passing means the proxy added its key.
    await expect(
      checkClient(name, createClient({ baseURL: root, apiKey: "wrong-key" }), CHUNKS),
    ).resolves.toBeUndefined();
  },
);
