import type { Document, Schema } from "../openapi-document.ts";

/**
 * Rewrites OpenAPI 3.0 schema idioms into their 3.1 (JSON Schema) form, in place, so the rest of
 * the generator reads one dialect:
 * - `nullable: true` with a `type` adds `"null"` to the type (and to an `enum`);
 * - `nullable: true` without a `type` but with a `$ref` or `allOf`/`oneOf`/`anyOf` becomes
 *   `anyOf: [<the schema>, { type: "null" }]` (without either it already allows any value);
 * - a boolean `exclusiveMinimum`/`exclusiveMaximum` becomes the number form.
 * A 3.1 document has none of these and passes through unchanged.
 */
export function normalizeOpenApi30(document: Document): void {
  const visit = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key !== "example" && key !== "examples" && key !== "default" && key !== "enum" && key !== "const")
        visit(value);
    }
    if (typeof record.nullable === "boolean") normalizeNullable(record as Schema);
    normalizeExclusive(record as Schema);
  };
  visit(document.paths);
  visit(document.components);
}

function normalizeNullable(schema: Schema): void {
  const nullable = schema.nullable;
  delete schema.nullable;
  if (!nullable) return;
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.includes("null")) schema.type = [...types, "null"];
    if (schema.enum !== undefined && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
    return;
  }
  if (schema.$ref === undefined && !schema.allOf && !schema.oneOf && !schema.anyOf) return;
  const inner: Schema = {};
  const record = schema as Record<string, unknown>;
  for (const key of ["$ref", "allOf", "oneOf", "anyOf", "discriminator"]) {
    if (record[key] !== undefined) {
      (inner as Record<string, unknown>)[key] = record[key];
      delete record[key];
    }
  }
  schema.anyOf = [inner, { type: "null" }];
}

function normalizeExclusive(schema: Schema): void {
  if (typeof schema.exclusiveMinimum === "boolean") {
    if (schema.exclusiveMinimum && schema.minimum !== undefined) {
      schema.exclusiveMinimum = schema.minimum;
      delete schema.minimum;
    } else delete schema.exclusiveMinimum;
  }
  if (typeof schema.exclusiveMaximum === "boolean") {
    if (schema.exclusiveMaximum && schema.maximum !== undefined) {
      schema.exclusiveMaximum = schema.maximum;
      delete schema.maximum;
    } else delete schema.exclusiveMaximum;
  }
}
