import { setTimeout as delay } from "node:timers/promises";

/**
 * Waits `ms` milliseconds; resolves `false` at once (and frees the timer) when `signal` aborts
 * first, `true` otherwise. Never rejects.
 */
export async function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return false;
  if (ms <= 0) return true;
  try {
    await delay(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}
