/**
 * Builds a JSON pointer (RFC 6901) from path segments: `["paths", "/chat/completions"]` ->
 * `/paths/~1chat~1completions`.
 */
export function jsonPointer(segments: readonly string[]): string {
  return segments.map((segment) => `/${segment.replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** A segment with a stray `%` is taken as written. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * Reads the value at a JSON pointer inside a document, or `undefined` when there is none.
 * Only pointers local to the document (`/a/b` or `#/a/b`, percent-encoded or not) are
 * understood, and only own properties are followed (`/__proto__` finds nothing).
 */
export function readPointer(document: unknown, pointer: string): unknown {
  const path = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (path === "") return document;
  let value: unknown = document;
  for (const raw of path.slice(1).split("/")) {
    const segment = decodeSegment(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}

/**
 * Follows an OpenAPI `$ref` (`{ $ref: "#/components/responses/BadRequest" }`) until it reaches
 * an object without one, and returns that object with its own pointer.
 */
export function followRef(document: unknown, pointer: string): { pointer: string; value: unknown } {
  let current = { pointer, value: readPointer(document, pointer) };
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current.value as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string" || !ref.startsWith("#")) return current;
    const next = ref.slice(1);
    current = { pointer: next, value: readPointer(document, next) };
  }
  throw new Error(`Too many $ref hops from ${pointer}`);
}
