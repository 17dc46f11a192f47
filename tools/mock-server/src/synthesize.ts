import { followRef, readPointer } from "./json-pointer.ts";
import { stringMatching } from "./pattern-string.ts";
import type { SpecDocument } from "./spec.ts";
import type { SpecValidator } from "./spec-validator.ts";

/** How {@link synthesize} builds a value. */
export interface SynthesisOptions {
  /** `response` leaves out `writeOnly` properties, `request` the `readOnly` ones. */
  direction: "response" | "request";
  /** Tells apart the items of an array and the events of a stream (`0` for the first). */
  variant?: number;
}

const FORMATS: Record<string, string> = {
  "date-time": "2024-01-01T00:00:00Z",
  date: "2024-01-01",
  time: "00:00:00Z",
  duration: "P1D",
  email: "user@example.com",
  "idn-email": "user@example.com",
  hostname: "example.com",
  "idn-hostname": "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  uri: "https://example.com/",
  url: "https://example.com/",
  iri: "https://example.com/",
  "uri-reference": "/example",
  "iri-reference": "/example",
  "uri-template": "https://example.com/{id}",
  uuid: "00000000-0000-4000-8000-000000000000",
  "json-pointer": "/example",
  "relative-json-pointer": "0",
  regex: "^example$",
  byte: "ZXhhbXBsZQ==",
  binary: "example",
  password: "password",
};

/** A ref seen this many times on the way down stops adding optional parts (recursive schemas end). */
const MAX_REF_VISITS = 2;

type Schema = Record<string, unknown>;

/**
 * A required field an object schema names without describing (`allOf` members often list fields
 * another member describes): a value from a member that describes it wins in {@link merge}, and
 * what is left becomes the field's name.
 */
class Placeholder {
  constructor(readonly name: string) {}
}

function resolvePlaceholders(value: unknown): unknown {
  if (value instanceof Placeholder) return value.name;
  if (Array.isArray(value)) return value.map(resolvePlaceholders);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolvePlaceholders(entry)]));
  }
  return value;
}

/**
 * Builds a value from the schema at `pointer`, deterministically (the same schema gives the
 * same value), valid against it for the schemas APIs use: `const`, `enum`, the schema's own
 * `examples`/`example`/`default` when they pass, `allOf` (merged), `oneOf`/`anyOf` (the first
 * branch whose value passes the whole), objects (every property, only the required ones deep in
 * a recursion), arrays (`minItems`, at least one item), strings (`format`, `minLength`,
 * `maxLength`, `pattern` when a plain candidate matches), numbers (`minimum`, `maximum`,
 * exclusive bounds, `multipleOf`) and OpenAPI 3.0's `nullable` (normalised before).
 *
 * The result is checked with `validator`; a value that does not pass is built again without the
 * schemas' own examples, then with required properties only.
 */
export function synthesize(
  document: SpecDocument,
  validator: SpecValidator,
  pointer: string,
  options: SynthesisOptions,
): unknown {
  let value: unknown;
  // With the schemas' own examples, then without them, then with required properties only (a
  // `not: { required: [a, b] }` or a `maxProperties` forbids some optional ones together).
  for (const [useExamples, minimal] of [
    [true, false],
    [false, false],
    [false, true],
  ] as const) {
    value = resolvePlaceholders(
      new Synthesizer(document, validator, options, useExamples, minimal).build(pointer, options.variant ?? 0),
    );
    if (validator.validate(pointer, value) === null) return value;
  }
  return value;
}

class Synthesizer {
  readonly #refVisits = new Map<string, number>();

  constructor(
    readonly document: SpecDocument,
    readonly validator: SpecValidator,
    readonly options: SynthesisOptions,
    readonly useExamples: boolean,
    readonly minimal: boolean,
  ) {}

  build(pointer: string, variant: number, hint = ""): unknown {
    const raw = readPointer(this.document, pointer);
    if (raw === true || raw === undefined) return "example";
    if (raw === null || typeof raw !== "object") return null;
    const schema = raw as Schema;
    if (typeof schema.$ref === "string" && schema.$ref.startsWith("#")) {
      const target = followRef(this.document, pointer);
      const visits = this.#refVisits.get(target.pointer) ?? 0;
      this.#refVisits.set(target.pointer, visits + 1);
      try {
        const others = Object.keys(schema).filter((key) => key !== "$ref" && !key.startsWith("x-"));
        // 2020-12 allows keywords beside $ref: treat them as one more allOf member.
        if (others.length === 0 || others.every((key) => key === "description" || key === "summary")) {
          return this.build(target.pointer, variant, hint);
        }
        return this.merge([this.buildLocal(pointer, schema, variant, hint), this.build(target.pointer, variant, hint)]);
      } finally {
        this.#refVisits.set(target.pointer, visits);
      }
    }
    return this.buildLocal(pointer, schema, variant, hint);
  }

  get deep(): boolean {
    for (const count of this.#refVisits.values()) if (count >= MAX_REF_VISITS) return true;
    return false;
  }

  buildLocal(pointer: string, schema: Schema, variant: number, hint: string): unknown {
    if ("const" in schema) return schema.const;
    if (Array.isArray(schema.enum) && schema.enum.length > 0) {
      const choices = schema.enum.filter((value) => value !== null);
      const list = choices.length > 0 ? choices : schema.enum;
      return list[variant % list.length];
    }
    if (this.useExamples) {
      for (const candidate of this.schemaExamples(schema)) {
        if (this.validator.validate(pointer, candidate) === null) return candidate;
      }
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
      const parts = schema.allOf.map((_member, index) => this.build(`${pointer}/allOf/${index}`, variant, hint));
      const own = this.byType(pointer, schema, variant, hint, true);
      // The members' values win over the schema's own (a `required` list beside `allOf` only names fields).
      return this.merge(own === undefined ? parts : [own, ...parts]);
    }
    for (const keyword of ["oneOf", "anyOf"] as const) {
      const branches = schema[keyword];
      if (!Array.isArray(branches) || branches.length === 0) continue;
      // Prefer a branch that is not `null`; keep the first value that passes the whole schema.
      const order = [...branches.keys()].sort((a, b) => Number(isNull(branches[a])) - Number(isNull(branches[b])));
      const own = this.byType(pointer, schema, variant, hint, true);
      let first: unknown;
      for (const index of order) {
        const value = this.build(`${pointer}/${keyword}/${index}`, variant, hint);
        const merged = own === undefined ? value : this.merge([own, value]);
        if (index === order[0]) first = merged;
        if (this.validator.validate(pointer, resolvePlaceholders(merged)) === null) return merged;
      }
      return first;
    }
    return this.byType(pointer, schema, variant, hint, false);
  }

  schemaExamples(schema: Schema): unknown[] {
    const candidates: unknown[] = [];
    if (Array.isArray(schema.examples)) candidates.push(...schema.examples);
    if ("example" in schema) candidates.push(schema.example);
    if ("default" in schema) candidates.push(schema.default);
    return candidates;
  }

  /** Builds a value from `type` (or what the keywords imply); `undefined` when `optional` and no type is implied. */
  byType(pointer: string, schema: Schema, variant: number, hint: string, optional: boolean): unknown {
    const type = schemaType(schema);
    if (type === undefined) return optional ? undefined : "example";
    switch (type) {
      case "object":
        return this.object(pointer, schema, variant);
      case "array":
        return this.array(pointer, schema);
      case "string":
        return synthesizeString(schema, hint, variant);
      case "integer":
      case "number":
        return synthesizeNumber(schema, type, variant);
      case "boolean":
        return true;
      default:
        return null;
    }
  }

  object(pointer: string, schema: Schema, variant: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const skip = this.options.direction === "response" ? "writeOnly" : "readOnly";
    const deep = this.minimal || this.deep;
    for (const name of Object.keys(properties)) {
      const property = properties[name] as Schema | undefined;
      if (!required.has(name) && (deep || property?.[skip] === true)) continue;
      const path = `${pointer}/properties/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`;
      result[name] = this.build(path, variant, name);
    }
    const extra = schema.additionalProperties;
    for (const name of required) {
      if (name in result) continue;
      result[name] =
        extra !== undefined && typeof extra === "object"
          ? this.build(`${pointer}/additionalProperties`, 0, name)
          : new Placeholder(name);
    }
    const minProperties = typeof schema.minProperties === "number" ? schema.minProperties : 0;
    for (let index = 1; Object.keys(result).length < minProperties; index++) {
      const name = `key${index}`;
      if (name in result) continue;
      result[name] =
        extra !== undefined && typeof extra === "object"
          ? this.build(`${pointer}/additionalProperties`, index, name)
          : name;
    }
    return result;
  }

  array(pointer: string, schema: Schema): unknown[] {
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
    const minItems = typeof schema.minItems === "number" ? schema.minItems : 0;
    const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : Number.POSITIVE_INFINITY;
    let count = Math.max(minItems, prefix.length, this.deep ? 0 : 1);
    count = Math.min(count, maxItems);
    const items: unknown[] = [];
    for (let index = 0; index < count; index++) {
      if (index < prefix.length) items.push(this.build(`${pointer}/prefixItems/${index}`, index));
      else if (schema.items !== undefined && schema.items !== true) items.push(this.build(`${pointer}/items`, index));
      else items.push(`item${index + 1}`);
    }
    return items;
  }

  merge(values: unknown[]): unknown {
    const defined = values.filter((value) => value !== undefined);
    const objects = defined.every(
      (value) =>
        value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Placeholder),
    );
    if (defined.length === 0 || !objects) return defined.at(-1);
    const merged: Record<string, unknown> = {};
    for (const value of defined as Array<Record<string, unknown>>) {
      for (const [key, entry] of Object.entries(value)) {
        // A described value wins over a placeholder, whichever member came first.
        if (entry instanceof Placeholder && key in merged) continue;
        merged[key] = entry;
      }
    }
    return merged;
  }
}

function isNull(schema: unknown): boolean {
  const type = (schema as Schema | null)?.type;
  return type === "null" || (Array.isArray(type) && type.length === 1 && type[0] === "null");
}

/** The type a schema asks for: its `type` (the first that is not `null`), or what its keywords imply. */
function schemaType(schema: Schema): string | undefined {
  const type = schema.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return (type.find((name) => name !== "null") ?? type[0]) as string | undefined;
  if (schema.properties !== undefined || schema.additionalProperties !== undefined || schema.required !== undefined) {
    return "object";
  }
  if (schema.items !== undefined || schema.prefixItems !== undefined) return "array";
  if (schema.minLength !== undefined || schema.pattern !== undefined || schema.format !== undefined) return "string";
  if (schema.minimum !== undefined || schema.maximum !== undefined) return "number";
  return undefined;
}

function synthesizeString(schema: Schema, hint: string, variant: number): string {
  const minLength = typeof schema.minLength === "number" ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
  let base = format ?? (hint === "" ? "string" : hint);
  if (format === undefined && variant > 0) base = `${base}-${variant}`;
  if (format === FORMATS.uuid && variant > 0) base = `${base.slice(0, -12)}${String(variant).padStart(12, "0")}`;
  if (typeof schema.pattern === "string") {
    const matcher = safeRegExp(schema.pattern);
    if (matcher !== undefined && !matcher.test(base)) {
      const candidates = [
        base.toLowerCase().replaceAll(/[^a-z0-9]/g, ""),
        "a",
        "A",
        "0",
        "1",
        "abc",
        "a1",
        "example",
        "",
      ];
      const found = candidates.find(
        (candidate) => candidate.length >= minLength && candidate.length <= maxLength && matcher.test(candidate),
      );
      if (found !== undefined) return found;
      const generated = stringMatching(schema.pattern, minLength);
      if (generated !== undefined && generated.length >= minLength && generated.length <= maxLength) return generated;
    }
  }
  if (base.length < minLength) base = base.padEnd(minLength, "x");
  if (base.length > maxLength) base = base.slice(0, maxLength);
  return base;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}

function synthesizeNumber(schema: Schema, type: "integer" | "number", variant: number): number {
  const step = type === "integer" ? 1 : 0.5;
  let low = typeof schema.minimum === "number" ? schema.minimum : Number.NEGATIVE_INFINITY;
  let high = typeof schema.maximum === "number" ? schema.maximum : Number.POSITIVE_INFINITY;
  if (typeof schema.exclusiveMinimum === "number") low = Math.max(low, schema.exclusiveMinimum + step);
  if (typeof schema.exclusiveMaximum === "number") high = Math.min(high, schema.exclusiveMaximum - step);
  if (low > high && typeof schema.exclusiveMinimum === "number") low = (schema.exclusiveMinimum + high) / 2;
  let value = Math.min(Math.max(1 + variant, low), high);
  if (type === "integer") value = Math.ceil(value);
  const multipleOf = typeof schema.multipleOf === "number" && schema.multipleOf > 0 ? schema.multipleOf : undefined;
  if (multipleOf !== undefined) {
    value = Math.ceil(value / multipleOf) * multipleOf;
    if (value > high) value = Math.floor(high / multipleOf) * multipleOf;
  }
  return value;
}
