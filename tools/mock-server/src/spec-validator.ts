import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import type { SpecDocument } from "./spec.ts";

// ajv-formats is CommonJS: under Node's ESM loader its default export is the module object.
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule }).default ??
  formatsModule) as unknown as (ajv: Ajv2020) => void;

const SPEC_ID = "https://mock-server.maxtoken.invalid/openapi.json";

/** Validates values against schemas of the bundled spec, addressed by JSON pointer. */
export interface SpecValidator {
  /**
   * Validates `value` against the schema at `pointer` (e.g.
   * `/components/schemas/ChatCompletion`); returns `null` when it conforms, else ajv's errors.
   * Each schema is compiled once, on first use.
   */
  validate(pointer: string, value: unknown): ErrorObject[] | null;
  /** The compiled validator of the schema at `pointer` (compiled on first use). */
  compile(pointer: string): ValidateFunction;
}

const validators = new WeakMap<SpecDocument, SpecValidator>();

/**
 * Builds (once per document) a validator over the whole bundled spec with ajv's JSON Schema
 * 2020-12 dialect (`ajv/dist/2020`, `strict: false` so OpenAPI's own keywords such as
 * `x-known-values` are ignored), so the spec's own `$ref`s resolve as written.
 */
export function createSpecValidator(document: SpecDocument): SpecValidator {
  const existing = validators.get(document);
  if (existing !== undefined) return existing;
  // inlineRefs off: a schema many operations share compiles once, not once per caller; no
  // logger: an unknown `format` in a user's spec is ignored, as OpenAPI allows, without a warning.
  const ajv = new Ajv2020({
    strict: false,
    allErrors: false,
    verbose: true,
    validateSchema: false,
    inlineRefs: false,
    logger: false,
  });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: SPEC_ID });
  const compiled = new Map<string, ValidateFunction>();
  const compile = (pointer: string): ValidateFunction => {
    let validate = compiled.get(pointer);
    if (validate === undefined) {
      const fragment = pointer.split("/").map(encodeURIComponent).join("/");
      // A fragment of the one added document: every schema it references is compiled once for all.
      validate = ajv.getSchema(`${SPEC_ID}#${fragment}`);
      if (validate === undefined) throw new Error(`no schema at ${pointer}`);
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const validator: SpecValidator = {
    compile,
    validate(pointer, value) {
      const validate = compile(pointer);
      return validate(value) ? null : [...(validate.errors ?? [])];
    },
  };
  validators.set(document, validator);
  return validator;
}
