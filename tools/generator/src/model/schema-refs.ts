import { getAt } from "@maxtoken/spec";
import type { Document, Schema } from "../openapi-document.ts";

/** Where the bundler puts every named schema. */
export const SCHEMA_PREFIX = "#/components/schemas/";

/** Follows non-schema `$ref`s (parameters, request bodies, responses, examples) to what they name. */
export function deref<T extends object>(document: Document, value: T): T {
  let current: unknown = value;
  for (let hops = 0; hops < 16; hops++) {
    const ref = (current as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string" || ref.startsWith(SCHEMA_PREFIX)) break;
    current = getAt(document, ref);
  }
  return current as T;
}

/** Follows schema `$ref`s to the schema they name. */
export function resolveSchema(document: Document, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let hops = 0; hops < 16 && current?.$ref !== undefined; hops++) {
    current = getAt(document, current.$ref) as Schema | undefined;
  }
  return current;
}

/** The name of a `$ref: "#/components/schemas/<name>"`, or `undefined` for anything else. */
export function schemaRefName(schema: Schema | undefined): string | undefined {
  const ref = schema?.$ref;
  if (ref === undefined || !ref.startsWith(SCHEMA_PREFIX)) return undefined;
  const name = ref.slice(SCHEMA_PREFIX.length);
  return name.includes("/") ? undefined : decodeURIComponent(name);
}

/** The schema's types as a list (`type: string` -> `["string"]`, none -> `[]`). */
export function schemaTypes(schema: Schema | undefined): string[] {
  if (schema?.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}
