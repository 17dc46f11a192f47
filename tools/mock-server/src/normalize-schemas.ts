import type { SpecDocument } from "./spec.ts";

/** Keys whose values are data (examples, defaults), never schemas: left as they are. */
const DATA_KEYS = new Set(["example", "examples", "default", "const", "enum", "x-examples"]);

/**
 * Returns a copy of the document whose schemas mean the same to a JSON Schema 2020-12
 * validator (ajv) as they do to OpenAPI:
 *
 * - OpenAPI 3.0's `nullable: true` becomes a `null` in `type` (and in `enum`), or beside a
 *   `$ref` or a composition `anyOf: [the schema, null]`; `nullable: false` says nothing and is
 *   dropped (ajv refuses `nullable` without `type`, and real specs carry it);
 * - OpenAPI 3.0's boolean `exclusiveMinimum` / `exclusiveMaximum` become the numbers 2020-12 uses.
 *
 * The original document is not changed.
 */
export function normalizeSchemas(document: SpecDocument): SpecDocument {
  return normalize(document, "") as SpecDocument;
}

function normalize(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return node.map((item) => normalize(item, key));
  if (node === null || typeof node !== "object") return node;
  const source = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(source)) {
    copy[name] = DATA_KEYS.has(name) && key !== "properties" ? value : normalize(value, name);
  }
  if (key === "properties" || key === "paths" || key === "responses") return copy;
  let nullable = false;
  if (typeof copy.nullable === "boolean") {
    nullable = copy.nullable;
    delete copy.nullable;
  }
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof copy[flag] !== "boolean") continue;
    if (copy[flag] === true && typeof copy[bound] === "number") {
      copy[flag] = copy[bound];
      delete copy[bound];
    } else {
      delete copy[flag];
    }
  }
  return nullable ? makeNullable(copy) : copy;
}

function makeNullable(schema: Record<string, unknown>): Record<string, unknown> {
  if (schema.type === undefined) {
    // `nullable` beside a `$ref` or a composition (common in 3.0 specs): null or the rest.
    const composed = ["$ref", "allOf", "oneOf", "anyOf"].some((name) => schema[name] !== undefined);
    return composed ? { anyOf: [schema, { type: "null" }] } : schema;
  }
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type) && !schema.type.includes("null")) schema.type = [...schema.type, "null"];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  return schema;
}
