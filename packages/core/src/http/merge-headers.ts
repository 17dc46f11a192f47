import type { HeadersRecord } from "../client/headers-record.ts";
import { MaxtokenError } from "../errors/maxtoken-error.ts";

/** What `fetch` refuses in a header value: NUL, CR, LF, and anything above U+00FF (not a byte). */
export const UNSENDABLE = /[\0\r\n\u0100-\uffff]/;

/**
 * Copies `source` into `target` under lower-case names: `null` deletes, `undefined` is skipped.
 * A name that is not an HTTP token, or a value `fetch` would refuse (CR/LF, which would also
 * inject headers; NUL; characters above U+00FF), is the caller's mistake: refused before the
 * network, and the value itself is never echoed (it may be a secret).
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
      const bad = UNSENDABLE.test(value) ? "value" : /^[!#$%&'*+\-.^_`|~\w]+$/.test(name) ? "" : "name";
      if (bad)
        throw new MaxtokenError(
          `Invalid header ${bad} for ${JSON.stringify(name)} (names are tokens; values hold no CR, LF, NUL or character above U+00FF); nothing was sent.`,
        );
      target[key] = String(value);
    }
  }
  return target;
}
