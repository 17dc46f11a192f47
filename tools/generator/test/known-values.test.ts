// Open enums: "these values, or any other string", in either form the generator reads.
import { describe, expect, it } from "vitest";
import { knownValues, knownValuesType } from "../src/emit/known-values.ts";
import { ts } from "../src/emit/typescript.ts";
import type { Schema } from "../src/openapi-document.ts";

function printed(schema: Schema): string | undefined {
  const node = knownValuesType(schema);
  if (node === undefined) return undefined;
  const file = ts.createSourceFile("x.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  return ts.createPrinter().printNode(ts.EmitHint.Unspecified, node, file);
}

describe("knownValues", () => {
  it.each<[string, Schema, string[] | undefined]>([
    ["x-known-values", { type: "string", "x-known-values": ["a", "b"] }, ["a", "b"]],
    ["anyOf [string, enum]", { type: "string", anyOf: [{ type: "string" }, { enum: ["a", "b"] }] }, ["a", "b"]],
    [
      "anyOf with titled alternatives, known values first",
      {
        type: "string",
        anyOf: [
          { title: "Known values", type: "string", enum: ["a", "b"] },
          { title: "Other values", type: "string" },
        ],
      },
      ["a", "b"],
    ],
    ["anyOf without an outer type", { anyOf: [{ type: "string" }, { type: "string", enum: ["a"] }] }, ["a"]],
    [
      "anyOf with a null alternative",
      { type: ["string", "null"], anyOf: [{ type: "string" }, { enum: ["a"] }, { type: "null" }] },
      ["a"],
    ],
    ["a closed enum", { type: "string", enum: ["a"] }, undefined],
    ["anyOf of two object shapes", { anyOf: [{ type: "object" }, { type: "object" }] }, undefined],
    ["anyOf [string, enum of numbers]", { anyOf: [{ type: "string" }, { enum: [1, 2] }] }, undefined],
    ["anyOf [pattern string, enum]", { anyOf: [{ type: "string", pattern: "^x" }, { enum: ["a"] }] }, undefined],
    ["anyOf [string, integer]", { anyOf: [{ type: "string" }, { type: "integer" }] }, undefined],
  ])("%s", (_, schema, expected) => {
    expect(knownValues(schema)).toEqual(expected);
  });
});

describe("knownValuesType", () => {
  it("types the anyOf form as the known values or any string", () => {
    expect(printed({ type: "string", anyOf: [{ type: "string" }, { enum: ["stop", "length"] }] })).toBe(
      '"stop" | "length" | (string & {})',
    );
  });

  it("adds null when the schema or an alternative allows it", () => {
    expect(printed({ type: ["string", "null"], anyOf: [{ type: "string" }, { enum: ["a"] }, { type: "null" }] })).toBe(
      '"a" | (string & {}) | null',
    );
    expect(printed({ anyOf: [{ type: "string" }, { enum: ["a"] }, { type: "null" }] })).toBe(
      '"a" | (string & {}) | null',
    );
  });

  it("leaves other schemas to openapi-typescript", () => {
    expect(printed({ type: "string", enum: ["a"] })).toBeUndefined();
    expect(printed({ anyOf: [{ type: "string" }, { type: "integer" }] })).toBeUndefined();
  });
});
