// JSON pointers (RFC 6901) as the spec's tools write and read them: one implementation for the
// generator, the mock server and the spec's tests.

/**
 * Encodes path segments as a JSON pointer (`["paths", "/a"]` -> `/paths/~1a`).
 * @param {readonly (string | number)[]} segments
 * @returns {string}
 */
export function toPointer(segments) {
  return segments.map((segment) => `/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`).join("");
}

/**
 * Decodes a JSON pointer, with or without a leading `#` (a URI fragment, whose segments may be
 * percent-encoded as Redocly writes them), into its segments.
 * @param {string} pointer
 * @returns {string[]}
 */
export function fromPointer(pointer) {
  const bare = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (bare === "") return [];
  return bare
    .slice(1)
    .split("/")
    .map((segment) => decodeSegment(segment).replaceAll("~1", "/").replaceAll("~0", "~"));
}

/**
 * The value at `pointer` inside `document`, or `undefined`. Only own properties are followed, so a
 * pointer such as `/__proto__` or `/constructor` finds nothing.
 * @param {unknown} document
 * @param {string} pointer
 * @returns {unknown}
 */
export function getAt(document, pointer) {
  let node = document;
  for (const segment of fromPointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/** A segment with a stray `%` is taken as written. */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
