import type { ApiModel } from "../api-model.ts";
import type { Schema } from "../openapi-document.ts";
import { knownValues } from "./known-values.ts";
import { literal } from "./literal.ts";

const SCHEMA_PREFIX = "#/components/schemas/";

/** A rule of the emitted table: the validation keywords of one schema, `$ref`s as table indexes. */
type Descriptor = number | { [keyword: string]: unknown };

/** The name of the checker of a request body type: `check<TypeName>`. */
export function checkerName(typeName: string): string {
  return `check${typeName}`;
}

/**
 * `checks.gen.ts`: one `RequestChecker` per request body type. The spec's constraints become a
 * small table of core's `Rule`s (JSON Schema keywords, `$ref`s as indexes into the table) that
 * core's `checkRules` interprets (`packages/core/src/validation/`): the file holds only what the
 * spec determines; no `new Function`, no eval. Unknown extra fields pass; `additionalProperties`
 * is not enforced.
 */
export function emitChecks(model: ApiModel, header: string): string {
  const schemas = model.document.components?.schemas ?? {};
  const bodyTypes = [
    ...new Set(model.operations.flatMap((operation) => (operation.body ? [operation.body.typeName] : []))),
  ];

  // Number the schemas reachable from the request bodies, in the order they are met.
  const order: string[] = [];
  const indexOf = (name: string): number => {
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return index;
  };
  const empty = new Map<string, boolean>();
  const isEmpty = (name: string): boolean => {
    if (!empty.has(name)) {
      empty.set(name, false); // a cycle counts as not empty
      empty.set(name, toDescriptor(schemas[name] ?? {}, () => 0, isEmpty) === undefined);
    }
    return empty.get(name)!;
  };
  const refIndex = (name: string) => indexOf(name);
  bodyTypes.forEach(indexOf);
  const rules: string[] = [];
  for (let index = 0; index < order.length; index++) {
    const name = order[index]!;
    const descriptor = toDescriptor(schemas[name] ?? {}, refIndex, isEmpty) ?? {};
    rules.push(`  // ${index}: ${name}\n  ${literal(descriptor, "  ")},`);
  }

  const checkers = bodyTypes.map(
    (name) =>
      `/** Checks a \`${name}\` before it is sent: the spec's constraints, field by field. */\n` +
      `export const ${checkerName(name)}: RequestChecker = (body) => checkRules(rules, ${order.indexOf(name)}, body);`,
  );

  return [
    header,
    'import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";',
    "",
    "/** The spec's constraints: one rule per schema a request body reaches; a number is the index of a rule. */",
    "const rules: readonly Rule[] = [",
    rules.join("\n"),
    "];",
    "",
    checkers.join("\n\n"),
    "",
  ].join("\n");
}

/** The validation keywords of a schema as a descriptor, or `undefined` when nothing is checked. */
function toDescriptor(
  schema: Schema,
  refIndex: (name: string) => number,
  isEmpty: (name: string) => boolean,
): Descriptor | undefined {
  if (schema.$ref !== undefined) {
    const name = decodeURIComponent(schema.$ref.slice(SCHEMA_PREFIX.length));
    return isEmpty(name) ? undefined : refIndex(name);
  }
  const rule: Record<string, unknown> = {};
  const nested = (value: Schema | undefined) =>
    value === undefined ? undefined : toDescriptor(value, refIndex, isEmpty);

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? [...schema.type] : [schema.type];
    if (schema.nullable === true && !types.includes("null")) types.push("null");
    rule.type = types;
  }
  if (schema.enum !== undefined) rule.enum = schema.enum;
  if (schema.const !== undefined) rule.const = schema.const;
  // OpenAPI 3.0's boolean `exclusiveMinimum` turns `minimum` exclusive.
  if (schema.minimum !== undefined)
    rule[schema.exclusiveMinimum === true ? "exclusiveMinimum" : "minimum"] = schema.minimum;
  if (schema.maximum !== undefined)
    rule[schema.exclusiveMaximum === true ? "exclusiveMaximum" : "maximum"] = schema.maximum;
  if (typeof schema.exclusiveMinimum === "number") rule.exclusiveMinimum = schema.exclusiveMinimum;
  if (typeof schema.exclusiveMaximum === "number") rule.exclusiveMaximum = schema.exclusiveMaximum;
  for (const keyword of ["multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems"] as const) {
    if (schema[keyword] !== undefined) rule[keyword] = schema[keyword];
  }
  const items = nested(schema.items);
  if (items !== undefined) rule.items = items;
  if (schema.required !== undefined && schema.required.length > 0) rule.required = schema.required;
  const properties: Record<string, Descriptor> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const descriptor = nested(property);
    if (descriptor !== undefined) properties[name] = descriptor;
  }
  if (Object.keys(properties).length > 0) rule.properties = properties;
  const not = nested(schema.not);
  if (not !== undefined) rule.not = not;
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const alternatives = schema[keyword];
    // An open enum (`anyOf: [{ type: string }, { enum }]`) accepts any string: nothing to check.
    if (alternatives === undefined || (keyword === "anyOf" && knownValues(schema) !== undefined)) continue;
    // An alternative without constraints accepts anything: the whole keyword then checks nothing.
    const descriptors = alternatives.map(nested);
    if (keyword === "allOf") {
      const kept = descriptors.filter((descriptor) => descriptor !== undefined);
      if (kept.length > 0) rule.allOf = kept;
    } else if (descriptors.every((descriptor) => descriptor !== undefined)) {
      rule[keyword] = descriptors;
    }
  }
  return Object.keys(rule).length === 0 ? undefined : rule;
}
