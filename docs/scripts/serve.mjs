#!/usr/bin/env node
// `pnpm run docs:serve [--port 8080] [--host 127.0.0.1] [--dir docs/site]`: serves the built
// site on loopback and prints its URL. Build it first with `pnpm run docs`.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serveStatic } from "./static-server.mjs";

const docsDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    port: { type: "string", short: "p", default: "8080" },
    host: { type: "string", default: "127.0.0.1" },
    dir: { type: "string", default: join(docsDir, "site") },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`docs:serve: --port must be an integer from 0 to 65535, got "${values.port}"`);
  process.exit(2);
}
const root = resolve(values.dir);
if (!existsSync(join(root, "index.html"))) {
  console.error(`docs:serve: no site at ${root}; build it first with \`pnpm run docs\``);
  process.exit(1);
}

const server = await serveStatic({ root, host: values.host, port }).catch((error) => {
  console.error(`docs:serve: cannot listen on ${values.host}:${port}: ${error.message}`);
  process.exit(1);
});
console.log(`Docs site: ${server.url}  (HTTP API reference: ${server.url}api/)  Ctrl-C stops it.`);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
