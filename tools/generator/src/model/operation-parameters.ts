import { toPointer } from "@maxtoken/spec";
import type { ParamField, PathParamModel } from "../api-model.ts";
import { camelCase, isIdentifier } from "../names.ts";
import type { Document, Operation, Parameter, Schema } from "../openapi-document.ts";
import type { Report } from "./report.ts";
import { deref, resolveSchema, schemaTypes } from "./schema-refs.ts";

/** Headers the HTTP layer owns; OpenAPI says a header parameter with one of these names is ignored. */
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);
const QUERY_STYLES = new Set(["form", "spaceDelimited", "pipeDelimited", "deepObject"]);

/** The operation's parameters, split by where they go, with the schemas the request checker needs. */
export interface OperationParameters {
  pathParams: PathParamModel[];
  /** Query then header parameters: the fields of the method's `params` argument. */
  fields: ParamField[];
  /** `type: object` with one property per query and header parameter (the `params` type). */
  paramsSchema: Schema | undefined;
  /** Path, query and header values by their spec names (what the request checker sees). */
  checkSchema: Schema | undefined;
}

/**
 * Collects the path-level and operation-level parameters (the operation's override the path
 * item's), in path, query and header order. Cookie parameters are refused; `Accept`,
 * `Content-Type` and `Authorization` header parameters are skipped with a warning, as OpenAPI says.
 */
export function collectParameters(
  document: Document,
  path: string,
  operation: Operation,
  pathLevel: Parameter[],
  pointer: string,
  report: Report,
  warn: Report,
): OperationParameters {
  const byKey = new Map<string, { parameter: Parameter; pointer: string }>();
  const add = (list: Parameter[], base: string) => {
    for (const [index, raw] of list.entries()) {
      const parameter = deref(document, raw);
      byKey.set(`${parameter.in}:${parameter.name}`, { parameter, pointer: `${base}/${index}` });
    }
  };
  add(pathLevel, `${toPointer(["paths", path])}/parameters`);
  add(operation.parameters ?? [], `${pointer}/parameters`);

  const pathParams: PathParamModel[] = [];
  const fields: ParamField[] = [];
  const checked: Schema = { type: "object", properties: {}, required: [] };
  const paramsSchema: Schema = { type: "object", properties: {}, required: [] };
  const usedArgNames = new Set(["body", "params", "options"]);
  const seenNames = new Map<string, string>();

  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  for (const name of templateNames) {
    const declared = byKey.get(`path:${name}`)?.parameter;
    if (declared === undefined) continue; // Redocly's `path-parameters-defined` reports it
    let argName = camelCase(name) || "param";
    if (!isIdentifier(argName) || usedArgNames.has(argName)) argName = `${argName}Param`;
    usedArgNames.add(argName);
    const schema = resolveSchema(document, declared.schema);
    const types = schemaTypes(schema);
    pathParams.push({
      name,
      argName,
      type: types.includes("integer") || types.includes("number") ? "number" : "string",
      description: declared.description ?? schema?.description,
      example: declared.example ?? schema?.examples?.[0] ?? schema?.example,
    });
    seenNames.set(name, "path");
    checked.properties![name] = declared.schema ?? {};
    checked.required!.push(name);
  }

  for (const location of ["query", "header"] as const) {
    for (const { parameter, pointer: at } of byKey.values()) {
      if (parameter.in !== location) continue;
      if (location === "header" && IGNORED_HEADERS.has(parameter.name.toLowerCase())) {
        warn(
          at,
          `the header parameter \`${parameter.name}\` is ignored: OpenAPI leaves Accept, Content-Type and Authorization to the HTTP layer.`,
          "remove it from the parameters (the client sets these headers itself).",
        );
        continue;
      }
      const other = seenNames.get(parameter.name);
      if (other !== undefined) {
        report(
          at,
          `the ${location} parameter \`${parameter.name}\` has the name of a ${other} parameter; both would be the field \`${parameter.name}\` of the method's arguments.`,
          "rename one of the two parameters in the spec.",
        );
        continue;
      }
      seenNames.set(parameter.name, location);
      const style = (parameter as { style?: string }).style ?? "form";
      if (location === "query" && !QUERY_STYLES.has(style)) {
        report(
          `${at}/style`,
          `the query style \`${style}\` is not one OpenAPI defines for query parameters.`,
          "use form (the default), spaceDelimited, pipeDelimited or deepObject.",
        );
        continue;
      }
      const explode = (parameter as { explode?: boolean }).explode ?? style === "form";
      fields.push({ name: parameter.name, in: location, style, explode });
      const schema: Schema = { ...(parameter.schema ?? {}) };
      if (parameter.description !== undefined) schema.description = parameter.description;
      if (parameter.deprecated) schema.deprecated = true;
      paramsSchema.properties![parameter.name] = schema;
      checked.properties![parameter.name] = parameter.schema ?? {};
      if (parameter.required) {
        paramsSchema.required!.push(parameter.name);
        checked.required!.push(parameter.name);
      }
    }
  }
  for (const { parameter, pointer: at } of byKey.values()) {
    if (parameter.in === "cookie") {
      report(
        at,
        `the cookie parameter \`${parameter.name}\` is not supported (the clients run in browsers, where scripts cannot set cookies per request).`,
        "describe it as a header parameter, or remove it and document the cookie in prose.",
      );
    }
  }
  if (paramsSchema.required!.length === 0) delete paramsSchema.required;
  if (checked.required!.length === 0) delete checked.required;
  return {
    pathParams,
    fields,
    paramsSchema: fields.length > 0 ? paramsSchema : undefined,
    // Values whose only rule is their type are typed by the signature already: nothing to check.
    checkSchema: Object.values(checked.properties!).some(constrains) ? checked : undefined,
  };
}

const CONSTRAINTS = [
  "$ref",
  "enum",
  "const",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "minProperties",
  "maxProperties",
  "properties",
  "additionalProperties",
  "oneOf",
  "anyOf",
  "allOf",
  "not",
];

/** The schema says more about a value than its type. */
function constrains(schema: Schema): boolean {
  if (CONSTRAINTS.some((keyword) => keyword in schema)) return true;
  return schema.items !== undefined && constrains(schema.items);
}
