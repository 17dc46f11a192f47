// Which string schemas hold bytes (typed as files, not checked as strings) and which hold text.
import { expect, it } from "vitest";
import { isBinarySchema } from "../src/emit/binary-type.ts";
import type { Schema } from "../src/openapi-document.ts";

it.each<[string, Schema, boolean]>([
  ["format: binary (OpenAPI 3.0)", { type: "string", format: "binary" }, true],
  ["contentMediaType of audio (3.1)", { type: "string", contentMediaType: "audio/mpeg" } as Schema, true],
  ["JSON carried in a string", { type: "string", contentMediaType: "application/json" } as Schema, false],
  ["text carried in a string", { type: "string", contentMediaType: "text/csv" } as Schema, false],
  [
    "base64 bytes (a string on the wire)",
    { type: "string", contentMediaType: "image/png", contentEncoding: "base64" } as Schema,
    false,
  ],
  ["a plain string", { type: "string" }, false],
  ["a number with format binary", { type: "integer", format: "binary" }, false],
])("%s -> %s", (_, schema, binary) => {
  expect(isBinarySchema(schema)).toBe(binary);
});
