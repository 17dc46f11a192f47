import { createServer, request as forward } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What a browser app should use instead of a key in the page: a server of its own that adds
 * `Authorization` and forwards to the API. Here: to the mock server, on 127.0.0.1.
 */
export async function startKeyProxy(
  targetBaseURL: string,
  apiKey: string,
): Promise<{ baseURL: string; close(): Promise<void> }> {
  const target = new URL(targetBaseURL);
  const server = createServer((incoming, outgoing) => {
    const headers = { ...incoming.headers, host: target.host };
    if (incoming.method !== "OPTIONS") headers.authorization = `Bearer ${apiKey}`;
    const upstream = forward(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on("error", () => outgoing.destroy());
    outgoing.on("close", () => upstream.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}${target.pathname.replace(/\/$/, "")}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
