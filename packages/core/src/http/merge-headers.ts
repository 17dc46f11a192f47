import type { HeadersRecord } from "../client/headers-record.ts";
import { MaxtokenError } from "../errors/maxtoken-error.ts";

/**
 * Copies `source` into `target` under lower-case names: `null` deletes, `undefined` is skipped.
 * A value with CR or LF is refused (header injection); the value itself is never echoed.
 */
export function mergeHeaders(
  target: Record<string, string>,
  source: HeadersRecord | undefined,
): Record<string, string> {
  for (const name in source) {
    const value = source[name];
    const key = name.toLowerCase();
    if (value === null) delete target[key];
    else if (value !== undefined) {
      if (/[\r\n]/.test(value))
        throw new MaxtokenError(`Header "${name}" contains a line break (CR or LF); nothing was sent.`);
      target[key] = String(value);
    }
  }
  return target;
}
