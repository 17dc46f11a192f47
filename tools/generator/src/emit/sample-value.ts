import { resolveSchema } from "../model/schema-refs.ts";
import type { Document, Schema } from "../openapi-document.ts";
import { knownValues } from "./known-values.ts";

/**
 * A plausible value for a schema, for `@example` blocks when the spec gives no example: the
 * schema's own example, default, const, first enum or known value, else a placeholder of its
 * type; objects get their required properties only.
 */
export function sampleValue(document: Document, schema: Schema | undefined, depth = 0): unknown {
  const resolved = resolveSchema(document, schema);
  if (resolved === undefined || depth > 6) return {};
  const given = resolved.examples?.[0] ?? resolved.example ?? resolved.default ?? resolved.const ?? resolved.enum?.[0];
  if (given !== undefined) return given;
  const known = knownValues(resolved);
  if (known !== undefined && known.length > 0) return known[0];
  const alternative = resolved.oneOf?.[0] ?? resolved.anyOf?.[0];
  if (alternative !== undefined) return sampleValue(document, alternative, depth + 1);
  const types = Array.isArray(resolved.type) ? resolved.type : [resolved.type];
  if (types.includes("string")) return "string";
  if (types.includes("integer") || types.includes("number")) return resolved.minimum ?? 1;
  if (types.includes("boolean")) return true;
  if (types.includes("array")) return [sampleValue(document, resolved.items, depth + 1)];
  const sample: Record<string, unknown> = {};
  for (const name of resolved.required ?? [])
    sample[name] = sampleValue(document, resolved.properties?.[name], depth + 1);
  return sample;
}
