/**
 * Whether a failed response may be retried: `x-should-retry: true|false` decides when the server
 * sends it; otherwise 408, 409, 429 and every status >= 500 are retried.
 */
export function shouldRetry(status: number, headers: Headers): boolean {
  const override = headers.get("x-should-retry");
  if (override === "true") return true;
  if (override === "false") return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
