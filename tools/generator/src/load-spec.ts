import { existsSync } from "node:fs";
import { loadSpec, type SpecLoadProblem } from "@maxtoken/spec";
import { GENERATION_RULE_FIXES, GENERATION_RULES } from "./generation-rules.ts";
import type { Document } from "./openapi-document.ts";
import type { SpecProblem } from "./spec-problem.ts";

/**
 * Bundles a spec (split files and all) into one document with `@maxtoken/spec`'s loader, the
 * one the linter and the mock server use, applying only the Redocly rules that block generation
 * (`GENERATION_RULES`). Returns Redocly's errors as problems, located in the file to edit.
 */
export async function bundleSpec(
  specPath: string,
  displayPath: (file: string) => string,
): Promise<{ document: Document; problems: SpecProblem[] }> {
  if (!existsSync(specPath)) {
    return {
      document: undefined as never,
      problems: [
        {
          file: displayPath(specPath),
          pointer: "",
          message: "the spec file does not exist.",
          fix: "check the `spec` path in the generator config.",
        },
      ],
    };
  }
  const { document, problems } = await loadSpec(specPath, { rules: GENERATION_RULES });
  return {
    document: document as Document,
    problems: problems.map((problem) => toSpecProblem(problem, specPath, displayPath)),
  };
}

function toSpecProblem(problem: SpecLoadProblem, specPath: string, displayPath: (file: string) => string): SpecProblem {
  const place = { ...(problem.places[0] ?? { file: specPath }) };
  // Redocly points a duplicate operationId at `<operation>/<the id>`; the key is `operationId`.
  if (problem.rule === "operation-operationId-unique" && place.pointer !== undefined)
    place.pointer = place.pointer.replace(/\/[^/]*$/, "/operationId");
  const parse = /^Failed to parse: /.test(problem.message);
  const unresolved = !parse && /can't resolve \$ref/i.test(problem.message);
  return {
    file: displayPath(place.file),
    pointer: place.pointer ?? "",
    line: place.line,
    column: place.column,
    message: parse
      ? `${problem.message.replace(/^Failed to parse: /, "the file is not valid YAML: ").replace(/ in "[^"]*" \(\d+:\d+\)$/, "")}.`
      : unresolved
        ? `${problem.message.replace(/\.$/, "")}: this \`$ref\` points to nothing.`
        : problem.message,
    fix: parse
      ? "correct the YAML syntax at that line and column (indentation, a missing `:` or an unclosed bracket or quote)."
      : (GENERATION_RULE_FIXES[problem.rule] ??
        "fix the spec as the message says (`pnpm --filter @maxtoken/spec lint` shows the same)."),
  };
}
