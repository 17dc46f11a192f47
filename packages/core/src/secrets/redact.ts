const MASK = "[redacted]";

/** `text` with every occurrence of `secret` replaced, whether written plainly or JSON-escaped. */
function redactText(text: string, secret: string): string {
  const plain = text.replaceAll(secret, MASK);
  if (!plain.includes("\\")) return plain;
  // Any character may come back escaped: `\/` as PHP writes a slash, or `\u0073`.
  let source = "";
  for (const char of secret)
    source += `(?:${char.replace(/\W/g, "\\$&")}|\\\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}|\\\\/)`;
  return plain.replace(new RegExp(source, "gi"), MASK);
}

/**
 * Replaces every occurrence of `secret` in a string, or in the strings and keys of freshly parsed
 * JSON (changed in place), by `[redacted]`, whether written plainly or JSON-escaped. Used on
 * everything a server sends back into an error or a log line: run it after each decoding step
 * (text, then parsed JSON) and before any cut, so no escaped or half key survives.
 */
export function redact<T>(value: T, secret: string | undefined): T {
  if (!secret) return value;
  if (typeof value === "string") return redactText(value, secret) as T;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const item = redact(record[key], secret);
      const clean = redactText(key, secret);
      if (clean !== key) delete record[key];
      Object.defineProperty(record, clean, { value: item, writable: true, enumerable: true, configurable: true });
    }
  }
  return value;
}

/** A copy of `headers` without `secret` in any value (the same object when nothing matched). */
export function redactHeaders(headers: Headers, secret: string | undefined): Headers {
  let copy: Headers | undefined;
  if (secret) {
    headers.forEach((value, name) => {
      const clean = redactText(value, secret);
      if (clean === value) return;
      copy ??= new Headers(headers);
      copy.set(name, clean);
    });
  }
  return copy ?? headers;
}
