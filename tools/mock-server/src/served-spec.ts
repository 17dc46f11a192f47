import { normalizeSchemas } from "./normalize-schemas.ts";
import { listOperations, type SpecOperation } from "./operations.ts";
import type { SpecDocument } from "./spec.ts";
import { SpecError } from "./spec-error.ts";
import { createSpecValidator, type SpecValidator } from "./spec-validator.ts";

/** A spec made ready to serve: its schemas normalised and compiled, its operations listed. */
export interface ServedSpec {
  /** Where the spec came from, for error messages (a file, or `<spec option>`). */
  file: string;
  /** The bundled document with its schemas normalised for JSON Schema 2020-12 (OpenAPI 3.0 `nullable` included). */
  document: SpecDocument;
  /** Every operation of the spec. */
  operations: SpecOperation[];
  /** Validates values against the document's schemas, by pointer. */
  validator: SpecValidator;
}

/**
 * Prepares a bundled spec for serving: normalises its schemas, lists its operations, compiles
 * every schema a request is checked with and checks every `pattern`, so a schema the server
 * cannot use stops the start, not a request.
 *
 * @param document the bundled spec
 * @param file where it came from, for error messages
 * @throws {SpecError} naming the file, the pointer and the reason.
 */
export function prepareSpec(document: SpecDocument, file: string): ServedSpec {
  if (document === null || typeof document !== "object" || typeof document.openapi !== "string") {
    throw new SpecError(file, "/openapi", "not an OpenAPI document (no `openapi` version)");
  }
  const normalized = normalizeSchemas(document);
  let operations: SpecOperation[];
  try {
    operations = listOperations(normalized);
  } catch (error) {
    throw new SpecError(file, "/paths", (error as Error).message);
  }
  const validator = createSpecValidator(normalized);
  checkPatterns(normalized, file);
  // The schemas that check requests compile now; response schemas (used to build and check
  // answers) on first use, which keeps start-up short on large specs. What would stop their
  // compilation later (a pattern that is not a regular expression, an unresolved $ref) is
  // caught above and by the bundler.
  const pointers = new Set<string>();
  for (const operation of operations) {
    for (const parameter of operation.parameters) if (parameter.schemaPointer) pointers.add(parameter.schemaPointer);
    for (const media of operation.requestContents) if (media.schemaPointer) pointers.add(media.schemaPointer);
  }
  for (const pointer of pointers) {
    try {
      validator.compile(pointer);
    } catch (error) {
      throw new SpecError(file, pointer, `the schema cannot be used: ${(error as Error).message}`);
    }
  }
  return { file, document: normalized, operations, validator };
}

/** Stops the start on a `pattern` that is not a regular expression (ajv compiles them with the `u` flag). */
function checkPatterns(document: SpecDocument, file: string): void {
  const visit = (node: unknown, pointer: string, key: string): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        visit(item, `${pointer}/${index}`, key);
      });
      return;
    }
    const record = node as Record<string, unknown>;
    // Examples and defaults are data: a `pattern` field there is not a schema keyword.
    if (key === "example" || key === "examples" || key === "default" || key === "const" || key === "enum") return;
    if (key !== "properties" && typeof record.pattern === "string") {
      try {
        new RegExp(record.pattern, "u");
      } catch (error) {
        throw new SpecError(file, pointer, `the schema cannot be used: ${(error as Error).message}`);
      }
    }
    for (const [name, value] of Object.entries(record)) {
      visit(value, `${pointer}/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`, name);
    }
  };
  visit(document, "", "");
}
