import type * as TS from "typescript";
import type { Schema } from "../openapi-document.ts";
import { ts } from "./typescript.ts";

/**
 * The known values of an open string schema, or `undefined` when the schema is not one. Two
 * forms say "these values, or any other string":
 * - `x-known-values: [a, b]` on a string schema;
 * - `anyOf: [{ type: string }, { enum: [a, b] }]` (OpenAI's form, which any OpenAPI tool reads),
 *   optionally with a `{ type: "null" }` alternative.
 */
export function knownValues(schema: Schema): string[] | undefined {
  const listed = schema["x-known-values"];
  if (Array.isArray(listed)) return listed.map(String);
  const alternatives = schema.anyOf;
  if (alternatives === undefined) return undefined;
  let anyString = false;
  const known: string[] = [];
  for (const alternative of alternatives) {
    const types = typesOf(alternative);
    if (alternative.enum !== undefined) {
      if (!alternative.enum.every((value) => typeof value === "string")) return undefined;
      if (types.length > 0 && !(types.length === 1 && types[0] === "string")) return undefined;
      known.push(...(alternative.enum as string[]));
    } else if (types.length === 1 && types[0] === "string" && !hasConstraints(alternative)) {
      anyString = true;
    } else if (!(types.length === 1 && types[0] === "null")) {
      return undefined;
    }
  }
  return anyString && known.length > 0 ? known : undefined;
}

/**
 * The openapi-typescript `transform` hook for open string schemas (see {@link knownValues}): the
 * schema becomes `"a" | "b" | (string & {})`, so editors suggest the known values while any
 * other string still type-checks (plus `| null` when the schema allows `null`).
 */
export function knownValuesType(schema: Schema): TS.TypeNode | undefined {
  const known = knownValues(schema);
  if (known === undefined || schema.enum !== undefined) return undefined;
  const types = typesOf(schema);
  if (schema.anyOf === undefined && !types.includes("string")) return undefined;
  const { factory } = ts;
  const members: TS.TypeNode[] = known.map((value) =>
    factory.createLiteralTypeNode(factory.createStringLiteral(value)),
  );
  members.push(
    factory.createParenthesizedType(
      factory.createIntersectionTypeNode([
        factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
        factory.createTypeLiteralNode([]),
      ]),
    ),
  );
  const nullable =
    types.includes("null") ||
    schema.nullable === true ||
    (schema.anyOf ?? []).some((alternative) => typesOf(alternative).includes("null"));
  if (nullable) members.push(factory.createLiteralTypeNode(factory.createNull()));
  return factory.createUnionTypeNode(members);
}

function typesOf(schema: Schema): string[] {
  if (schema.type === undefined) return [];
  return Array.isArray(schema.type) ? schema.type : [schema.type];
}

/** Whether a schema restricts its strings beyond their type (then it is not "any string"). */
function hasConstraints(schema: Schema): boolean {
  return (
    schema.$ref !== undefined ||
    schema.const !== undefined ||
    schema.pattern !== undefined ||
    schema.minLength !== undefined ||
    schema.maxLength !== undefined ||
    schema.format !== undefined
  );
}
