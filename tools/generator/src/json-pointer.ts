/** Encodes path segments as a JSON pointer (`["paths", "/a"]` -> `/paths/~1a`). */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/** Decodes a JSON pointer (with or without a leading `#`) into its segments. */
export function fromPointer(pointer: string): string[] {
  const bare = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (bare === "") return [];
  return bare
    .slice(1)
    .split("/")
    .map((segment) => decodeURIComponent(segment).replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** The value at `pointer` inside `document`, or `undefined`. */
export function getAt(document: unknown, pointer: string): unknown {
  let node = document;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
