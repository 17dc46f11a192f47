import { spawn } from "node:child_process";

/** How a child process ended and what it printed. */
export interface ProcessResult {
  /** The exit code; `null` when a signal ended it (e.g. killed after `timeoutMs`). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to its end without a shell and never throws for a non-zero exit (the caller
 * asserts it). After `timeoutMs` (default 120 s) the process is killed and stderr says so.
 */
export function runProcess(
  command: string,
  args: string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: "1", ...options.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const result: ProcessResult = { code: null, stdout: "", stderr: "" };
    child.stdout.on("data", (data: Buffer) => {
      result.stdout += data;
    });
    child.stderr.on("data", (data: Buffer) => {
      result.stderr += data;
    });
    const timeoutMs = options.timeoutMs ?? 120_000;
    const timer = setTimeout(() => {
      result.stderr += `\n[killed after ${timeoutMs} ms]`;
      child.kill("SIGKILL");
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ ...result, code });
    });
  });
}
