// @ts-check
// Starts the bench server in its own child process and waits for its port.
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { childEnv } from "../child-env.mjs";
import { stopChild } from "../stop-child.mjs";

const SERVER = fileURLToPath(new URL("./server.mjs", import.meta.url));
const START_TIMEOUT_MS = 15_000;

/**
 * @typedef {object} BenchServer
 * @property {string} origin      e.g. "http://127.0.0.1:43210"
 * @property {number} pid
 * @property {(chunks?: number) => string} baseURL  the API root for clients; `chunks` sets the stream length
 * @property {() => Promise<void>} close
 */

/** @returns {Promise<BenchServer>} */
export async function startServer() {
  const child = fork(SERVER, [], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [], env: childEnv() });
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The bench server did not start within ${START_TIMEOUT_MS} ms.`)),
      START_TIMEOUT_MS,
    );
    child.once("message", (message) => {
      clearTimeout(timer);
      resolve(/** @type {{ port: number }} */ (message).port);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The bench server exited (code ${code}) before listening.`));
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    pid: /** @type {number} */ (child.pid),
    baseURL: (chunks) => (chunks === undefined ? `${origin}/v1` : `${origin}/chunks-${chunks}/v1`),
    close: () => stopChild(child),
  };
}
