// Loads the spec and bundles its split files into one document, with every schema under
// `#/components/schemas`. Tools (generator, mock server, tests) use this instead of parsing the
// YAML files themselves. It uses the same major of Redocly (@redocly/openapi-core 2.x) as the
// linter (`pnpm --filter @maxtoken/spec lint`, @redocly/cli 2.x), so files resolve the same way
// in both; the rules it applies are only those the caller passes, never the linter's style set.
import { fileURLToPath } from "node:url";
import { bundle, createConfig, lint } from "@redocly/openapi-core";

export { fromPointer, getAt, toPointer } from "./json-pointer.mjs";

const PARSE_FAILURE = "Failed to parse: ";

/** Absolute path of the spec's root file. */
export const specPath = fileURLToPath(new URL("./openapi.yaml", import.meta.url));

/**
 * Bundles a spec (ours by default) into one plain object whose `$ref`s all point inside it.
 *
 * @param {string} [path] root file of the spec
 * @param {{ rules?: Record<string, "error" | "warn" | "off"> }} [options] Redocly rules to apply
 *   besides bundling (built-in rule names); none by default. Problems of severity `error` are
 *   returned, `warn` ones go to `warnings`.
 * @returns {Promise<{ document: any, problems: SpecLoadProblem[], warnings: SpecLoadProblem[] }>}
 *
 * @typedef {{ file: string, pointer?: string, line?: number, column?: number }} SpecPlace where a problem is:
 *   a JSON pointer in a file, or a line and column for a file that does not parse
 * @typedef {{ message: string, rule: string, location: string[], places: SpecPlace[] }} SpecLoadProblem the
 *   Redocly rule (`bundler` for what bundling found), and where: as text (`file#pointer` or
 *   `file:line:column`) and as parts
 */
export async function loadSpec(path = specPath, options = {}) {
  const rules = options.rules ?? {};
  const config = await createConfig({ rules });
  const result = await bundle({ ref: path, config, dereference: false });
  // Rules switched off report nothing; the cast is there because the typings leave "off" out.
  let found = result.problems.filter((problem) => /** @type {string} */ (problem.severity) !== "off");
  if (found.some((problem) => problem.severity === "error")) {
    // A file that does not parse also makes each `$ref` to it unresolvable: say it once, where it is.
    const unparsed = found.flatMap((problem) => (problem.message.startsWith(PARSE_FAILURE) ? [problem.message] : []));
    found = found.filter(
      (problem) =>
        !unparsed.some((message) => problem.message === `Can't resolve $ref: ${message.slice(PARSE_FAILURE.length)}`),
    );
  } else if (Object.keys(rules).length > 0) {
    found = [...found, ...(await lint({ ref: path, config }))];
  }
  const convert = (problem) => {
    const places = problem.location.map((location) => ({
      file: location.source.absoluteRef,
      pointer: location.pointer?.replace(/^#/, ""),
      ...lineAndColumn(location),
    }));
    return { message: problem.message, rule: problem.ruleId, location: places.map(describePlace), places };
  };
  const seen = new Set();
  const unique = found.filter((problem) => {
    const key = `${problem.message} ${problem.location.map((location) => location.pointer).join(" ")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    document: result.bundle.parsed,
    problems: unique.filter((problem) => problem.severity === "error").map(convert),
    warnings: unique.filter((problem) => problem.severity === "warn").map(convert),
  };
}

/** `file#pointer`, or `file:line:column` for a place known by its position only. */
function describePlace(place) {
  if (place.pointer !== undefined) return `${place.file}#${place.pointer}`;
  return place.line === undefined ? place.file : `${place.file}:${place.line}:${place.column}`;
}

/** A YAML syntax error carries a line and column rather than a JSON pointer. */
function lineAndColumn(location) {
  const start = location.start;
  return start && typeof start.line === "number" ? { line: start.line, column: start.col } : {};
}
