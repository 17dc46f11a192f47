import { followRef } from "./json-pointer.ts";
import type { SpecDocument } from "./spec.ts";

/**
 * The main type of the schema at `pointer` (`$ref`s followed): its `type`, the first that is not
 * `null`, or the first typed branch of a composition; for an array also its items' type.
 */
export function typeAt(
  document: SpecDocument,
  pointer: string | undefined,
): { type: string | undefined; items?: string } {
  if (pointer === undefined) return { type: undefined };
  const schema = followRef(document, pointer);
  const type = mainType(schema.value as Record<string, unknown> | undefined);
  if (type === "array") return { type, items: typeAt(document, `${schema.pointer}/items`).type };
  return { type };
}

/** The main type of one schema object (see {@link typeAt}); `$ref`s are not followed. */
export function mainType(schema: Record<string, unknown> | undefined): string | undefined {
  if (schema === undefined || schema === null) return undefined;
  if (typeof schema.type === "string") return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((name) => name !== "null") as string | undefined;
  if (schema.properties !== undefined) return "object";
  for (const keyword of ["oneOf", "anyOf", "allOf"]) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const type = mainType(branch as Record<string, unknown>);
      if (type !== undefined && type !== "null") return type;
    }
  }
  return undefined;
}

/** Turns wire text into the value the schema describes; what does not convert stays text (ajv names it). */
export function coerceText(text: string, type: string | undefined): unknown {
  switch (type) {
    case "integer":
    case "number":
      return /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim()) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    case "null":
      return text === "" || text === "null" ? null : text;
    case "object":
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return text;
      }
    default:
      return text;
  }
}
