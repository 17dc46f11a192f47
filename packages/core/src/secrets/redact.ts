const MASK = "[redacted]";

/**
 * Replaces every occurrence of `secret` in a string, or in the strings of freshly parsed JSON
 * (changed in place), by `[redacted]`. Used on everything a server sends back into an error.
 */
export function redact<T>(value: T, secret: string | undefined): T {
  if (!secret) return value;
  if (typeof value === "string") return value.replaceAll(secret, MASK) as T;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = redact(record[key], secret);
  }
  return value;
}

/** A copy of `headers` without `secret` in any value (the same object when nothing matched). */
export function redactHeaders(headers: Headers, secret: string | undefined): Headers {
  let copy: Headers | undefined;
  if (secret) {
    headers.forEach((value, name) => {
      if (!value.includes(secret)) return;
      copy ??= new Headers(headers);
      copy.set(name, value.replaceAll(secret, MASK));
    });
  }
  return copy ?? headers;
}
