// @ts-check
// The proxies under test, in their own process (as in production, the proxy is another server
// than its caller): createProxy from the built @maxtoken/node behind toNodeListener, and for
// reference the least a proxy can do, node:http piping bytes both ways with the key added.
// Each upstream root given as an argument gets one of each, on its own port. Reports the ports
// to the parent over IPC: [{ upstream, createProxy, pipe }].
import { Agent, createServer, request as forward } from "node:http";
import { createProxy, toNodeListener } from "@maxtoken/node";
import { API_KEY } from "../server/payloads.mjs";

/**
 * @param {import("node:http").RequestListener} listener
 * @returns {Promise<number>}
 */
function listen(listener) {
  const server = createServer(listener);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(/** @type {import("node:net").AddressInfo} */ (server.address()).port)),
  );
}

/** @param {string} upstream */
function pipeProxy(upstream) {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true });
  /** @type {import("node:http").RequestListener} */
  return (incoming, outgoing) => {
    const path = `${target.pathname}${(incoming.url ?? "").replace(/^\/v1/, "")}`;
    const headers = { "content-type": "application/json", authorization: `Bearer ${API_KEY}` };
    const upstreamRequest = forward(
      { host: target.hostname, port: target.port, method: incoming.method, path, headers, agent },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, { "content-type": response.headers["content-type"] ?? "" });
        response.pipe(outgoing);
      },
    );
    upstreamRequest.on("error", () => outgoing.destroy());
    outgoing.on("close", () => upstreamRequest.destroy());
    incoming.pipe(upstreamRequest);
  };
}

/** @type {{ upstream: string, createProxy: number, pipe: number }[]} */
const ports = [];
for (const upstream of process.argv.slice(2)) {
  const proxy = createProxy({ apiKey: API_KEY, baseURL: upstream, policy: () => ({ caller: "bench" }) });
  ports.push({ upstream, createProxy: await listen(toNodeListener(proxy)), pipe: await listen(pipeProxy(upstream)) });
}
process.send?.(ports);
process.on("disconnect", () => process.exit(0));
