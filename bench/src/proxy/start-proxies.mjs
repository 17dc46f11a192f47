// @ts-check
// Starts proxy-server.mjs in its own child process and waits for its ports.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnv } from "../child-env.mjs";
import { stopChild } from "../stop-child.mjs";

const SERVER = fileURLToPath(new URL("./proxy-server.mjs", import.meta.url));

/**
 * @param {string[]} upstreams  API roots of the bench server
 * @returns {Promise<{ roots: Map<string, { createProxy: string, pipe: string }>, close(): Promise<void> }>}
 */
export async function startProxies(upstreams) {
  const child = fork(SERVER, upstreams, {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: [],
    env: childEnv(),
  });
  /** @type {{ upstream: string, createProxy: number, pipe: number }[]} */
  const ports = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("The proxies did not start within 15 s.")), 15_000);
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve(/** @type {any} */ (message));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The proxy process exited (code ${code}) before listening.`));
    });
  });
  const roots = new Map(
    ports.map(({ upstream, createProxy, pipe }) => [
      upstream,
      { createProxy: `http://127.0.0.1:${createProxy}/v1`, pipe: `http://127.0.0.1:${pipe}/v1` },
    ]),
  );
  return {
    roots,
    close: () => stopChild(child),
  };
}
