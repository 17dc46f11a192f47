/**
 * The Redocly rules `pnpm generate` applies: only what stops a client from being generated. The
 * spec's own style rules (`recommended-strict` in `openapi/redocly.yaml`) are for the linter and
 * are never applied here, so a third-party spec is not refused for style.
 */
export const GENERATION_RULES: Record<string, "error"> = {
  // A `$ref` to nothing leaves a type without a definition.
  "no-unresolved-refs": "error",
  // operationIds name the generated types (`<OperationId>Params`, `<OperationId>Response`).
  "operation-operationId": "error",
  "operation-operationId-unique": "error",
  // Every `{name}` of a path becomes a method argument; a declared one that is not in the path has nowhere to go.
  "path-parameters-defined": "error",
};

/** What to do about a problem one of the rules found (Redocly's messages say what, not how). */
export const GENERATION_RULE_FIXES: Record<string, string> = {
  "no-unresolved-refs":
    "correct the `$ref` (a file path is relative to the file that holds it; `#/...` must name an existing entry).",
  "operation-operationId": "add an `operationId` (any name that is unique in the spec, e.g. `listModels`).",
  "operation-operationId-unique": "give each operation its own operationId.",
  "path-parameters-defined":
    "declare each `{name}` of the path as `{ name, in: path, required: true, schema: { type: string } }`, and remove declared path parameters the path does not have.",
  bundler:
    "correct the `$ref` (a file path is relative to the file that holds it; `#/...` must name an existing entry).",
};
