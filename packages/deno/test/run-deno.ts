import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const packageDir = fileURLToPath(new URL("..", import.meta.url));
/** The real Deno binary from the npm package `deno` (devDependency). */
export const DENO = fileURLToPath(new URL("../node_modules/.bin/deno", import.meta.url));

export interface DenoRun {
  code: number | null;
  output: string;
  /** The counts from deno test's closing `ok | N passed | M failed` line. */
  passed: number;
  failed: number;
}

/**
 * Runs the Deno binary in this package. Without a terminal unless `tty` is set, in which case it
 * runs under `script` (a pseudo-terminal), where a permission prompt would wait for an answer:
 * the run is then killed at once (a prompt shows) or after `timeoutMs`.
 */
export function runDeno(
  args: string[],
  options: { env?: Record<string, string>; tty?: boolean; timeoutMs?: number; cwd?: string } = {},
): Promise<DenoRun> {
  if (!existsSync(DENO)) throw new Error(`the Deno binary is missing at ${DENO}: run pnpm install`);
  const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", ...options.env };
  const quoted = [DENO, ...args].map((arg) => `'${arg.replaceAll("'", "'\\''")}'`).join(" ");
  const child = options.tty
    ? spawn("script", ["-qefc", quoted, "/dev/null"], {
        cwd: options.cwd ?? packageDir,
        env,
        stdio: ["pipe", "pipe", "pipe"],
      })
    : spawn(DENO, args, { cwd: options.cwd ?? packageDir, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (data: Buffer) => {
    output += data;
    // A permission prompt waits for an answer that never comes: stop at once.
    if (options.tty && /Allow\?/.test(output)) child.kill("SIGKILL");
  });
  child.stderr!.on("data", (data: Buffer) => (output += data));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      output += `\n[killed after ${options.timeoutMs} ms: waiting for input?]`;
      child.kill("SIGKILL");
    }, options.timeoutMs ?? 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      const summary = /(?:ok|FAILED) \| (\d+) passed[^|]*\| (\d+) failed/.exec(output);
      resolve({ code, output, passed: Number(summary?.[1] ?? NaN), failed: Number(summary?.[2] ?? NaN) });
    });
  });
}
