import { readFile } from "node:fs/promises";
import { listen } from "./listen.ts";

/** What a path serves: a file on disk or text in memory. */
export type StaticRoute = { file: string; type?: string } | { text: string; type?: string };

/** A tiny static file server on 127.0.0.1 (a random port): the origin of the test pages. */
export async function serveStatic(
  routes: Record<string, StaticRoute>,
): Promise<{ url: string; close(): Promise<void> }> {
  return listen(async (request, response) => {
    const route = routes[new URL(request.url ?? "/", "http://127.0.0.1").pathname];
    if (!route) {
      response.writeHead(404).end("not found");
      return;
    }
    const body = "file" in route ? await readFile(route.file) : route.text;
    const type = route.type ?? guessType("file" in route ? route.file : (request.url ?? ""));
    response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
  });
}

function guessType(path: string): string {
  if (/\.m?js$/.test(path)) return "text/javascript; charset=utf-8";
  if (path.endsWith(".json")) return "application/json";
  return "text/html; charset=utf-8";
}
