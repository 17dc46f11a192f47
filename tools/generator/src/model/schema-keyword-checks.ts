import { toPointer } from "@maxtoken/spec";
import type { Document, Schema } from "../openapi-document.ts";
import type { Report } from "./report.ts";

/**
 * Checks the keywords whose values the generated code uses as they are: `x-known-values` (a
 * non-empty list of strings, on a string schema) becomes a type, `pattern` (an ECMAScript
 * regular expression with the `u` flag) is compiled by the request checker.
 */
export function checkSchemaKeywords(document: Document, report: Report): void {
  const visit = (node: unknown, segments: (string | number)[]) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...segments, index]);
      return;
    }
    const schema = node as Schema;
    if ("x-known-values" in schema) checkKnownValues(schema, [...segments, "x-known-values"], report);
    if (typeof schema.pattern === "string") checkPattern(schema.pattern, [...segments, "pattern"], report);
    for (const [key, value] of Object.entries(node)) {
      if (key !== "examples" && key !== "example") visit(value, [...segments, key]);
    }
  };
  visit(document.components?.schemas, ["components", "schemas"]);
  visit(document.paths, ["paths"]);
}

function checkKnownValues(schema: Schema, segments: (string | number)[], report: Report): void {
  const known = schema["x-known-values"];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (!Array.isArray(known) || known.length === 0 || !known.every((value) => typeof value === "string")) {
    report(
      toPointer(segments),
      "`x-known-values` must be a non-empty list of strings.",
      "write the known values as a YAML list of strings, e.g. `x-known-values: [a, b]`.",
    );
  } else if (!types.includes("string")) {
    report(
      toPointer(segments),
      '`x-known-values` only applies to string schemas (it makes `"a" | "b" | (string & {})`).',
      "add `type: string` to the schema, or use `enum` for a closed set of non-string values.",
    );
  }
}

function checkPattern(pattern: string, segments: (string | number)[], report: Report): void {
  try {
    new RegExp(pattern, "u");
  } catch (error) {
    report(
      toPointer(segments),
      `the pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(error as Error).message}.`,
      "write an ECMAScript regular expression that compiles with the `u` flag (JSON Schema's dialect).",
    );
  }
}
