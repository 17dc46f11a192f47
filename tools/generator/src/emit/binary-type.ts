import type * as TS from "typescript";
import type { Schema } from "../openapi-document.ts";
import { ts } from "./typescript.ts";

/** The global types a file field accepts in every runtime (core's `Uploadable`, written out: types.gen.ts imports nothing). */
const UPLOADABLE = ["Blob", "Uint8Array", "ArrayBuffer", "ReadableStream<Uint8Array>"];

/** A string schema that holds raw bytes: OpenAPI 3.0's `format: binary`, or 3.1's `contentMediaType` of a non-text type without an encoding. */
export function isBinarySchema(schema: Schema): boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!types.includes("string") && schema.type !== undefined) return false;
  const record = schema as Record<string, unknown>;
  const media = record.contentMediaType;
  if (schema.format === "binary") return true;
  // JSON, XML or text carried in a string (`contentMediaType: application/json`) is still text.
  return (
    typeof media === "string" &&
    record.contentEncoding === undefined &&
    types.includes("string") &&
    !/^text\/|json|xml/i.test(media)
  );
}

/**
 * The openapi-typescript `transform` hook for files: a binary string schema (a multipart file
 * field) becomes `Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>` (a `File` is a
 * `Blob`), what core's multipart encoder sends.
 */
export function binaryType(schema: Schema): TS.TypeNode | undefined {
  if (!isBinarySchema(schema)) return undefined;
  const { factory } = ts;
  const members: TS.TypeNode[] = UPLOADABLE.map((name) => {
    const [base, argument] = name.replace(">", "").split("<");
    return factory.createTypeReferenceNode(base!, argument ? [factory.createTypeReferenceNode(argument)] : undefined);
  });
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes("null")) members.push(factory.createLiteralTypeNode(factory.createNull()));
  return factory.createUnionTypeNode(members);
}
