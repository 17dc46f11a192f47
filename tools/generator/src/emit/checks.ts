import { toPointer } from "@maxtoken/spec";
import type { ApiModel } from "../api-model.ts";
import { SCHEMA_PREFIX } from "../model/schema-refs.ts";
import type { Schema } from "../openapi-document.ts";
import type { BundledProblem } from "../spec-problem.ts";
import { isBinarySchema } from "./binary-type.ts";
import { knownValues } from "./known-values.ts";
import { literal } from "./literal.ts";

/** A rule of the emitted table: the validation keywords of one schema, `$ref`s as table indexes. */
type Descriptor = number | { [keyword: string]: unknown };

/**
 * Keywords that constrain a value but that the request checker does not check. Each one in a
 * schema a request reaches is a warning, so that nobody relies on a check that does not happen.
 */
const UNCHECKED_KEYWORDS = [
  "uniqueItems",
  "contains",
  "minContains",
  "maxContains",
  "prefixItems",
  "patternProperties",
  "propertyNames",
  "dependentRequired",
  "dependentSchemas",
  "dependencies",
  "if",
  "then",
  "else",
  "unevaluatedItems",
  "unevaluatedProperties",
] as const;

/** The name of the checker of a request body or parameter set: `check<TypeName>`. */
export function checkerName(typeName: string): string {
  return `check${typeName}`;
}

/**
 * `checks.gen.ts`: one `RequestChecker` per request body type and per operation's parameters
 * (path, query and header values). The spec's constraints become a small table of core's `Rule`s
 * (JSON Schema keywords, `$ref`s as indexes into the table) that core's `checkRules` interprets
 * (`packages/core/src/validation/`): the file holds only what the spec determines; no
 * `new Function`, no eval. Extra fields pass unless the schema says `additionalProperties`.
 *
 * @returns the file, and a warning for each constraint keyword the checker cannot check.
 */
export function emitChecks(model: ApiModel, header: string): { code: string; warnings: BundledProblem[] } {
  const schemas = model.document.components?.schemas ?? {};
  const warnings: BundledProblem[] = [];
  const warned = new Set<string>();
  const bodyTypes = [
    ...new Set(
      model.operations.flatMap((operation) =>
        operation.body?.typeName !== undefined && operation.body.kind !== "binary" ? [operation.body.typeName] : [],
      ),
    ),
  ];

  // Number the schemas reachable from the request bodies, in the order they are met.
  const order: string[] = [];
  const indexOf = (name: string): number => {
    let index = order.indexOf(name);
    if (index < 0) index = order.push(name) - 1;
    return index;
  };
  const named = new Set<number>();
  const empty = new Map<string, boolean>();
  const silent: Context = { refIndex: () => 0, isEmpty: () => false, name: () => {}, warn: () => {} };
  const isEmpty = (name: string): boolean => {
    if (!empty.has(name)) {
      empty.set(name, false); // a cycle counts as not empty
      empty.set(name, toDescriptor(schemas[name] ?? {}, { ...silent, isEmpty }, []) === undefined);
    }
    return empty.get(name)!;
  };
  const context: Context = {
    refIndex: indexOf,
    isEmpty,
    name: (index) => named.add(index),
    warn: (segments, keyword) => {
      const pointer = toPointer([...segments, keyword]);
      if (warned.has(pointer)) return;
      warned.add(pointer);
      warnings.push({
        pointer,
        message: `the request checker does not check \`${keyword}\`: requests breaking it are sent, and only the server can refuse them.`,
        fix: "nothing to do if the server checks it; the generated TSDoc does not promise this check.",
      });
    },
  };
  bodyTypes.forEach(indexOf);
  const parameterIndexes = new Map<string, number>();
  const rules: string[] = [];
  const inline: Descriptor[] = [];
  for (const { name, schema } of model.parameterChecks) {
    // A parameter set is not a schema of its own: its rule is added after the named ones.
    inline.push(toDescriptor(schema, context, ["paths"]) ?? {});
    parameterIndexes.set(name, -inline.length);
  }
  for (let index = 0; index < order.length; index++) {
    const name = order[index]!;
    const descriptor = toDescriptor(schemas[name] ?? {}, context, ["components", "schemas", name]) ?? {};
    rules.push(`  // ${index}: ${name}\n  ${literal(descriptor, "  ")},`);
  }
  // Alternatives are named in messages by their schema name.
  for (const index of named) {
    rules[index] = rules[index]!.replace(/\n {2}\{/, `\n  { name: ${JSON.stringify(order[index])},`);
  }
  const offset = order.length;
  for (const [position, descriptor] of inline.entries()) {
    const name = [...parameterIndexes].find(([, value]) => value === -(position + 1))![0];
    rules.push(`  // ${offset + position}: ${name}\n  ${literal(descriptor, "  ")},`);
    parameterIndexes.set(name, offset + position);
  }

  const checkers = [
    ...bodyTypes.map(
      (name) =>
        `/** Checks a \`${name}\` before it is sent: the spec's constraints, field by field. */\n` +
        `export const ${checkerName(name)}: RequestChecker = (body) => checkRules(rules, ${order.indexOf(name)}, body);`,
    ),
    ...[...parameterIndexes].map(
      ([name, index]) =>
        "/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */\n" +
        `export const ${checkerName(name)}: RequestChecker = (values) => checkRules(rules, ${index}, values);`,
    ),
  ];

  const code = [
    header,
    'import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";',
    "",
    "/** The spec's constraints: one rule per schema a request reaches; a number is the index of a rule. */",
    "const rules: readonly Rule[] = [",
    rules.join("\n"),
    "];",
    "",
    checkers.join("\n\n"),
    "",
  ].join("\n");
  return { code, warnings };
}

interface Context {
  refIndex: (name: string) => number;
  isEmpty: (name: string) => boolean;
  /** Marks a table entry as an alternative, to be named in messages. */
  name: (index: number) => void;
  warn: (segments: (string | number)[], keyword: string) => void;
}

/** The validation keywords of a schema as a descriptor, or `undefined` when nothing is checked. */
function toDescriptor(schema: Schema, context: Context, at: (string | number)[]): Descriptor | undefined {
  if (schema.$ref !== undefined) {
    const name = decodeURIComponent(schema.$ref.slice(SCHEMA_PREFIX.length));
    return context.isEmpty(name) ? undefined : context.refIndex(name);
  }
  // A file field (`format: binary`) holds bytes, not a JSON string: core's encoder checks it.
  if (isBinarySchema(schema)) return undefined;
  const rule: Record<string, unknown> = {};
  const nested = (value: Schema | undefined, ...segments: (string | number)[]) =>
    value === undefined || typeof value !== "object" ? undefined : toDescriptor(value, context, [...at, ...segments]);

  for (const keyword of UNCHECKED_KEYWORDS) if (keyword in schema) context.warn(at, keyword);
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
  for (const keyword of [
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "minProperties",
    "maxProperties",
  ] as const) {
    if (schema[keyword] !== undefined) rule[keyword] = schema[keyword];
  }
  const items = nested(schema.items, "items");
  if (items !== undefined) rule.items = items;
  if (schema.required !== undefined && schema.required.length > 0) rule.required = schema.required;
  const properties: Record<string, Descriptor> = {};
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const descriptor = nested(property, "properties", name);
    // A property whose value is unchecked still counts as declared for `additionalProperties`.
    properties[name] = descriptor ?? {};
  }
  const additional = schema.additionalProperties;
  if (additional === false) rule.additionalProperties = false;
  else if (additional !== undefined && additional !== true) {
    const descriptor = nested(additional, "additionalProperties");
    if (descriptor !== undefined) rule.additionalProperties = descriptor;
  }
  const checked = Object.entries(properties).filter(([, descriptor]) => !isNothing(descriptor));
  if (rule.additionalProperties !== undefined) rule.properties = properties;
  else if (checked.length > 0) rule.properties = Object.fromEntries(checked);
  const not = nested(schema.not, "not");
  if (not !== undefined) rule.not = not;
  for (const keyword of ["oneOf", "anyOf", "allOf"] as const) {
    const alternatives = schema[keyword];
    // An open enum (`anyOf: [{ type: string }, { enum }]`) accepts any string: nothing to check.
    if (alternatives === undefined || (keyword === "anyOf" && knownValues(schema) !== undefined)) continue;
    // An alternative without constraints accepts anything: the whole keyword then checks nothing.
    const descriptors = alternatives.map((alternative, index) => nested(alternative, keyword, index));
    if (keyword === "allOf") {
      const kept = descriptors.filter((descriptor) => descriptor !== undefined);
      if (kept.length > 0) rule.allOf = kept;
    } else if (descriptors.every((descriptor) => descriptor !== undefined)) {
      rule[keyword] = descriptors;
      for (const descriptor of descriptors) if (typeof descriptor === "number") context.name(descriptor);
      const discriminator = (schema as { discriminator?: { propertyName?: unknown } }).discriminator;
      if (typeof discriminator?.propertyName === "string") rule.discriminator = discriminator.propertyName;
    }
  }
  return Object.keys(rule).length === 0 ? undefined : rule;
}

function isNothing(descriptor: Descriptor): boolean {
  return typeof descriptor === "object" && Object.keys(descriptor).length === 0;
}
