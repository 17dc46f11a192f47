/**
 * The wait the server asked for, in ms: `retry-after-ms`, else `retry-after` (seconds or an HTTP
 * date); `null` when neither header is usable.
 */
export function retryAfterMs(headers: Headers): number | null {
  const ms = parseFloat(headers.get("retry-after-ms") ?? "");
  if (ms >= 0) return ms;
  const after = headers.get("retry-after");
  if (after === null || after.trim() === "") return null;
  const seconds = Number(after);
  if (seconds >= 0) return seconds * 1000;
  const date = Date.parse(after);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}
