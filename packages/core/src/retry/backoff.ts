import { retryAfterMs } from "./retry-after.ts";

/** The longest server-requested wait that is honoured; longer ones fall back to the backoff. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Milliseconds to wait before retry number `retry` (1 for the first retry): the server's
 * `retry-after-ms`/`retry-after` when it is at most 60 s, else 0.5 s doubling per retry, capped
 * at 8 s, minus up to 25 % jitter so that many clients do not retry in step.
 */
export function retryDelayMs(retry: number, headers?: Headers): number {
  const asked = headers ? retryAfterMs(headers) : null;
  if (asked !== null && asked <= MAX_RETRY_AFTER_MS) return asked;
  return Math.min(500 * 2 ** (retry - 1), 8000) * (1 - Math.random() * 0.25);
}
