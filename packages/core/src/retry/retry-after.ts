/**
 * The wait the server asked for, in ms: `retry-after-ms`, else `retry-after` (seconds or an HTTP
 * date); `null` when neither is a valid delay (negative, not a number, infinite, or a date that
 * is not in the future), so the caller falls back to its backoff.
 */
export function retryAfterMs(headers: Headers): number | null {
  const ms = Number(headers.get("retry-after-ms")?.trim() || Number.NaN);
  if (ms >= 0 && ms < Number.POSITIVE_INFINITY) return ms;
  const after = headers.get("retry-after")?.trim();
  if (!after) return null;
  const seconds = Number(after);
  if (!Number.isNaN(seconds)) return seconds >= 0 && seconds < Number.POSITIVE_INFINITY ? seconds * 1000 : null;
  const wait = Date.parse(after) - Date.now();
  return wait > 0 ? wait : null;
}
