import type * as TS from "typescript";
import type { Schema } from "../openapi-document.ts";
import { ts } from "./typescript.ts";

/**
 * The openapi-typescript `transform` hook for `x-known-values`: a string schema that lists
 * known values becomes `"a" | "b" | (string & {})`, so editors suggest the known values while
 * any other string still type-checks (plus `| null` when the schema allows `null`).
 */
export function knownValuesType(schema: Schema): TS.TypeNode | undefined {
  const known = schema["x-known-values"];
  if (!Array.isArray(known) || schema.enum !== undefined) return undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("string")) return undefined;
  const { factory } = ts;
  const members: TS.TypeNode[] = known.map((value) =>
    factory.createLiteralTypeNode(factory.createStringLiteral(String(value))),
  );
  members.push(
    factory.createParenthesizedType(
      factory.createIntersectionTypeNode([
        factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
        factory.createTypeLiteralNode([]),
      ]),
    ),
  );
  if (types.includes("null") || schema.nullable === true)
    members.push(factory.createLiteralTypeNode(factory.createNull()));
  return factory.createUnionTypeNode(members);
}
