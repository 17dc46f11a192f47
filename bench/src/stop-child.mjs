// @ts-check

/**
 * Stops a process the bench forked: closes its IPC channel (the child exits when it sees that),
 * kills it if it has not exited after 5 s, and resolves once it has. Does nothing if it is gone.
 * @param {import("node:child_process").ChildProcess} child
 * @returns {Promise<void>}
 */
export async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.disconnect();
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
