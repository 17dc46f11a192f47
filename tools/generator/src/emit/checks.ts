import { toPointer } from "@maxtoken/spec";
import type { ApiModel } from "../api-model.ts";
import { SCHEMA_PREFIX, schemaRefName } from "../model/schema-refs.ts";
import type { Schema } from "../openapi-document.ts";
import type { BundledProblem } from "../spec-problem.ts";
import { isBinarySchema } from "./binary-type.ts";
import { knownValues } from "./known-values.ts";
import { Code, literal } from "./literal.ts";

/** A rule as emitted: the validation keywords of one schema, a `$ref` as a call of the named rule's constant. */
type Descriptor = Code | { [keyword: string]: unknown };

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

/** The constant holding a named schema's rule, or a parameter set's: `<Name>Rule`. */
function ruleConstant(name: string): string {
  return `${name}Rule`;
}

/**
 * `checks.gen.ts`: one `RequestChecker` per request body type and per operation's parameters
 * (path, query and header values). The spec's constraints become core's `Rule`s (JSON Schema
 * keywords) that core's `checkRules` interprets (`packages/core/src/validation/`): the file holds
 * only what the spec determines; no `new Function`, no eval. Extra fields pass unless the schema
 * says `additionalProperties`.
 *
 * Each named schema's rule is a constant of its own and a `$ref` is a function returning it
 * (`items: () => MessageRule`), so the checkers share rules without a table: a bundler keeps the
 * rules the called operations reach and drops the rest, and cycles need no special case.
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

  // The schemas reachable from the request bodies and parameters, in the order they are met.
  const order: string[] = [];
  const reach = (name: string): Code => {
    if (!order.includes(name)) order.push(name);
    return new Code(`() => ${ruleConstant(name)}`);
  };
  const named = new Set<string>();
  const empty = new Map<string, boolean>();
  const silent: Context = {
    ref: (name) => new Code(name),
    isEmpty: () => false,
    name: () => {},
    warn: () => {},
  };
  const isEmpty = (name: string): boolean => {
    if (!empty.has(name)) {
      empty.set(name, false); // a cycle counts as not empty
      empty.set(name, toDescriptor(schemas[name] ?? {}, { ...silent, isEmpty }, []) === undefined);
    }
    return empty.get(name)!;
  };
  const context: Context = {
    ref: reach,
    isEmpty,
    name: (name) => named.add(name),
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
  bodyTypes.forEach(reach);
  // A parameter set is not a schema of its own: its rule is written beside its checker.
  const parameterRules = model.parameterChecks.map(({ name, schema }) => ({
    name,
    descriptor: toDescriptor(schema, context, ["paths"]) ?? {},
  }));
  const descriptors = new Map<string, Descriptor>();
  for (let index = 0; index < order.length; index++) {
    const name = order[index]!;
    descriptors.set(name, toDescriptor(schemas[name] ?? {}, context, ["components", "schemas", name]) ?? {});
  }
  const rules = order.map((name) => {
    let descriptor = descriptors.get(name)!;
    // A schema that is only a `$ref` to another is that rule, as its only part.
    if (descriptor instanceof Code) descriptor = { allOf: [descriptor] };
    // Alternatives are named in messages by their schema name.
    if (named.has(name)) descriptor = { name, ...descriptor };
    return `/** The spec's \`${name}\` schema. */\nconst ${ruleConstant(name)}: Rule = ${literal(descriptor)};`;
  });

  const checkers = [
    ...bodyTypes.map(
      (name) =>
        `/** Checks a \`${name}\` before it is sent: the spec's constraints, field by field. */\n` +
        `export const ${checkerName(name)}: RequestChecker = (body) => checkRules(${ruleConstant(name)}, body);`,
    ),
    ...parameterRules.map(
      ({ name, descriptor }) =>
        `const ${ruleConstant(name)}: Rule = ${literal(descriptor)};\n\n` +
        "/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */\n" +
        `export const ${checkerName(name)}: RequestChecker = (values) => checkRules(${ruleConstant(name)}, values);`,
    ),
  ];

  const code = [
    header,
    'import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";',
    "",
    rules.join("\n\n"),
    "",
    checkers.join("\n\n"),
    "",
  ].join("\n");
  return { code, warnings };
}

interface Context {
  /** A `$ref` to the named schema, as emitted. */
  ref: (name: string) => Code;
  isEmpty: (name: string) => boolean;
  /** Marks a named schema as an alternative, to be named in messages. */
  name: (name: string) => void;
  warn: (segments: (string | number)[], keyword: string) => void;
}

/** The validation keywords of a schema as a descriptor, or `undefined` when nothing is checked. */
function toDescriptor(schema: Schema, context: Context, at: (string | number)[]): Descriptor | undefined {
  if (schema.$ref !== undefined) {
    const name = decodeURIComponent(schema.$ref.slice(SCHEMA_PREFIX.length));
    return context.isEmpty(name) ? undefined : context.ref(name);
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
      for (const alternative of alternatives) {
        const name = schemaRefName(alternative);
        if (name !== undefined) context.name(name);
      }
      const discriminator = (schema as { discriminator?: { propertyName?: unknown } }).discriminator;
      if (typeof discriminator?.propertyName === "string") rule.discriminator = discriminator.propertyName;
    }
  }
  return Object.keys(rule).length === 0 ? undefined : rule;
}

function isNothing(descriptor: Descriptor): boolean {
  return !(descriptor instanceof Code) && Object.keys(descriptor).length === 0;
}
