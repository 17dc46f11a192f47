// One Node server for a page and its key-holding proxy: the page (../browser/index.html) talks to
// /api/v1 on the same origin with no key; createProxy adds the key and forwards to the API.
//
//   MAXTOKEN_API_KEY=... node proxy/server.mjs      # then open http://127.0.0.1:8787/
//
// MAXTOKEN_BASE_URL points it elsewhere (the mock server: http://127.0.0.1:4010/v1); PORT changes
// the port (0: any free one). It prints `listening <url>`, then one line per proxied request.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { createProxy, toNodeListener } from "@maxtoken/node";

const apiKey = process.env.MAXTOKEN_API_KEY;
if (!apiKey) {
  console.error("Set MAXTOKEN_API_KEY: the proxy adds it to every request it forwards.");
  process.exit(1);
}

// This demo signs in whoever opens the page; your app checks its own login here instead.
const sessions = new Set();
/** @param {Request} request */
const sessionOf = (request) => /(?:^|;\s*)session=([\w-]+)/.exec(request.headers.get("cookie") ?? "")?.[1];

const proxy = createProxy({
  apiKey,
  baseURL: process.env.MAXTOKEN_BASE_URL, // default: https://api.maxtoken.io/v1
  basePath: "/api/v1",
  policy: ({ request }) => {
    const session = sessionOf(request);
    return { caller: sessions.has(session) ? session : null, models: ["claude-opus-4-6"], maxTokens: 1024 };
  },
  logger: console,
});
const proxyListener = toNodeListener(proxy);

/** @type {Record<string, { path: string; type: string }>} */
const files = {
  "/": { path: "../browser/index.html", type: "text/html; charset=utf-8" },
  "/maxtoken.browser.js": {
    path: "../node_modules/@maxtoken/browser/dist/maxtoken.browser.js",
    type: "text/javascript; charset=utf-8",
  },
};

const server = createServer(async (incoming, outgoing) => {
  const url = new URL(incoming.url ?? "/", "http://localhost");
  if (url.pathname.startsWith("/api/")) return proxyListener(incoming, outgoing);
  const file = files[url.pathname];
  if (file === undefined) return outgoing.writeHead(404).end("not found");
  /** @type {Record<string, string>} */
  const headers = { "content-type": file.type };
  if (url.pathname === "/") {
    const session = randomUUID();
    sessions.add(session);
    headers["set-cookie"] = `session=${session}; HttpOnly; SameSite=Strict; Path=/`;
  }
  outgoing.writeHead(200, headers).end(await readFile(new URL(file.path, import.meta.url)));
});
server.listen(Number(process.env.PORT ?? 8787), "127.0.0.1", () => {
  const { port } = /** @type {import("node:net").AddressInfo} */ (server.address());
  console.log(`listening http://127.0.0.1:${port}/`);
});
