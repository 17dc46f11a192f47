import { existsSync } from "node:fs";
import { loadSpec } from "@maxtoken/spec";
import type { Document } from "./openapi-document.ts";
import type { SpecProblem } from "./spec-problem.ts";

/**
 * Bundles a spec (split files and all) into one document with `@maxtoken/spec`'s loader, the
 * one the linter and the mock server use. Returns the bundler's errors as problems.
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
  const { document, problems } = await loadSpec(specPath);
  return {
    document: document as Document,
    problems: problems.map((problem) => {
      const [location = specPath] = problem.location;
      const hash = location.indexOf("#");
      const file = hash < 0 ? location : location.slice(0, hash);
      const pointer = hash < 0 ? "" : location.slice(hash + 1);
      const unresolved = /can't resolve \$ref/i.test(problem.message);
      return {
        file: displayPath(file),
        pointer,
        message: unresolved
          ? `${problem.message.replace(/\.$/, "")}: this \`$ref\` points to nothing.`
          : problem.message,
        fix: unresolved
          ? "correct the `$ref` (a file path is relative to the file that holds it; `#/...` must name an existing entry)."
          : "fix the spec as the message says (`pnpm --filter @maxtoken/spec lint` shows the same).",
      };
    }),
  };
}
