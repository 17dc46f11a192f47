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
 * Prepares a bundled spec for serving: normalises its schemas, lists its operations and compiles
 * every schema a request or a response uses, so a schema the server cannot use stops the start,
 * not a request.
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
  const pointers = new Set<string>();
  for (const operation of operations) {
    for (const parameter of operation.parameters) if (parameter.schemaPointer) pointers.add(parameter.schemaPointer);
    for (const media of operation.requestContents) if (media.schemaPointer) pointers.add(media.schemaPointer);
    for (const response of operation.responses) {
      for (const media of response.contents) if (media.schemaPointer) pointers.add(media.schemaPointer);
      for (const header of response.headers) if (header.schemaPointer) pointers.add(header.schemaPointer);
    }
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
