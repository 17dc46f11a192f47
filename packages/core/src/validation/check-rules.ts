import type { ValidationIssue } from "./request-checker.ts";
import type { Rule, RuleSchema } from "./rule.ts";

/** Compiled `pattern`s, by source, shared by every rule. */
const patterns = new Map<string, RegExp>();

/**
 * Checks a request body against a rule and returns every problem found (`[]` when the body is
 * valid). This is the interpreter behind each generated `RequestChecker`: `checks.gen.ts` holds
 * only the spec's rules and calls this function.
 *
 * Used by generated code; not meant to be called by hand.
 *
 * @param rule - The rule the body must match.
 * @param body - The request body to check.
 * @returns The issues found, in the order the body's fields were checked.
 */
export function checkRules(rule: RuleSchema, body: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(rule, body, "", issues);
  return issues;
}

function ruleOf(schema: RuleSchema): Rule {
  return typeof schema === "function" ? schema() : schema;
}

function kind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number")
    return Number.isInteger(value) ? "integer" : Number.isFinite(value) ? "number" : String(value);
  return typeof value;
}

function show(value: unknown): string {
  if (typeof value === "object" && value !== null) return kind(value);
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function at(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** How messages name an alternative: its schema name, else its types. */
function label(schema: RuleSchema): string | undefined {
  const rule = ruleOf(schema);
  return rule.name ?? rule.type?.join(" or ");
}

function alternatives(schemas: RuleSchema[]): string {
  const labels = schemas.map((schema) => label(schema));
  // Unnamed alternatives of one type ("object or object") are told apart by count only.
  if (labels.some((text) => text === undefined) || new Set(labels).size < labels.length)
    return `one of ${schemas.length} alternatives`;
  return labels.join(" or ");
}

/** The alternative whose discriminator property allows `tag` (a `const` or `enum` of it). */
function discriminated(schemas: RuleSchema[], property: string, tag: unknown): number {
  return schemas.findIndex((schema) => {
    const rule = ruleOf(schema);
    const parts = [rule, ...(rule.allOf ?? []).map((part) => ruleOf(part))];
    return parts.some((part) => {
      const field = part.properties?.[property];
      if (field === undefined) return false;
      const fieldRule = ruleOf(field);
      return fieldRule.const === tag || (fieldRule.enum?.includes(tag) ?? false);
    });
  });
}

function check(schema: RuleSchema, value: unknown, path: string, issues: ValidationIssue[]): void {
  const rule = ruleOf(schema);
  const fail = (name: string, message: string) => void issues.push({ path, rule: name, message });
  const type = kind(value);
  if (rule.type && !rule.type.some((allowed) => allowed === type || (allowed === "number" && type === "integer"))) {
    fail("type", `must be ${rule.type.join(" or ")} (got ${type})`);
    return;
  }
  if (rule.enum && !rule.enum.includes(value)) {
    fail("enum", `must be one of ${rule.enum.map((item) => JSON.stringify(item)).join(", ")} (got ${show(value)})`);
  }
  if (rule.const !== undefined && value !== rule.const)
    fail("const", `must be ${JSON.stringify(rule.const)} (got ${show(value)})`);
  if (typeof value === "number") {
    if (rule.minimum !== undefined && value < rule.minimum)
      fail("minimum", `must be >= ${rule.minimum} (got ${value})`);
    if (rule.maximum !== undefined && value > rule.maximum)
      fail("maximum", `must be <= ${rule.maximum} (got ${value})`);
    if (rule.exclusiveMinimum !== undefined && value <= rule.exclusiveMinimum) {
      fail("exclusiveMinimum", `must be > ${rule.exclusiveMinimum} (got ${value})`);
    }
    if (rule.exclusiveMaximum !== undefined && value >= rule.exclusiveMaximum) {
      fail("exclusiveMaximum", `must be < ${rule.exclusiveMaximum} (got ${value})`);
    }
    if (rule.multipleOf !== undefined && !Number.isInteger(value / rule.multipleOf)) {
      fail("multipleOf", `must be a multiple of ${rule.multipleOf} (got ${value})`);
    }
  } else if (typeof value === "string") {
    // Count code points only under a length rule: message texts have none and can be long.
    if (rule.minLength !== undefined || rule.maxLength !== undefined) {
      const length = codePointLength(value);
      if (rule.minLength !== undefined && length < rule.minLength)
        fail("minLength", `must be at least ${rule.minLength} characters long`);
      if (rule.maxLength !== undefined && length > rule.maxLength)
        fail("maxLength", `must be at most ${rule.maxLength} characters long`);
    }
    if (rule.pattern !== undefined) {
      let pattern = patterns.get(rule.pattern);
      if (pattern === undefined) {
        pattern = new RegExp(rule.pattern, "u");
        patterns.set(rule.pattern, pattern);
      }
      if (!pattern.test(value)) fail("pattern", `must match /${rule.pattern}/ (got ${show(value)})`);
    }
  } else if (Array.isArray(value)) {
    if (rule.minItems !== undefined && value.length < rule.minItems)
      fail("minItems", `must have at least ${rule.minItems} items (got ${value.length})`);
    if (rule.maxItems !== undefined && value.length > rule.maxItems)
      fail("maxItems", `must have at most ${rule.maxItems} items (got ${value.length})`);
    if (rule.items !== undefined)
      for (const [index, item] of value.entries()) check(rule.items, item, at(path, index), issues);
  } else if (type === "object") {
    const object = value as Record<string, unknown>;
    for (const key of rule.required ?? []) {
      if (object[key] === undefined) issues.push({ path: at(path, key), rule: "required", message: "is required" });
    }
    for (const [key, property] of Object.entries(rule.properties ?? {})) {
      if (Object.hasOwn(object, key) && object[key] !== undefined) check(property, object[key], at(path, key), issues);
    }
    if (rule.minProperties !== undefined || rule.maxProperties !== undefined) {
      const count = Object.keys(object).filter((key) => object[key] !== undefined).length;
      if (rule.minProperties !== undefined && count < rule.minProperties)
        fail("minProperties", `must have at least ${rule.minProperties} properties (got ${count})`);
      if (rule.maxProperties !== undefined && count > rule.maxProperties)
        fail("maxProperties", `must have at most ${rule.maxProperties} properties (got ${count})`);
    }
    const additional = rule.additionalProperties;
    if (additional !== undefined) {
      for (const key of Object.keys(object)) {
        if (object[key] === undefined || (rule.properties !== undefined && Object.hasOwn(rule.properties, key)))
          continue;
        if (additional === false)
          issues.push({ path: at(path, key), rule: "additionalProperties", message: "is not a known field" });
        else check(additional, object[key], at(path, key), issues);
      }
    }
  }
  if (rule.not !== undefined) {
    const not = ruleOf(rule.not);
    if (matches(rule.not, value)) {
      const only = Object.keys(not).length === 1 && not.required;
      fail("not", only ? `must not set ${only.join(" and ")} together` : "must not match the excluded schema");
    }
  }
  for (const part of rule.allOf ?? []) check(part, value, path, issues);
  const choices = rule.oneOf ?? rule.anyOf;
  if (choices !== undefined && rule.discriminator !== undefined && type === "object") {
    // The discriminator names the alternative: check the body against it alone.
    const tag = (value as Record<string, unknown>)[rule.discriminator];
    const chosen = discriminated(choices, rule.discriminator, tag);
    if (chosen >= 0) {
      check(choices[chosen]!, value, path, issues);
      return;
    }
    if (tag !== undefined && typeof tag !== "object") {
      issues.push({
        path: at(path, rule.discriminator),
        rule: rule.oneOf ? "oneOf" : "anyOf",
        message: `must name one of the alternatives (got ${show(tag)})`,
      });
      return;
    }
  }
  if (choices !== undefined) {
    const results = choices.map((choice) => {
      const found: ValidationIssue[] = [];
      check(choice, value, path, found);
      return found;
    });
    const matched = results.filter((found) => found.length === 0).length;
    if (rule.oneOf !== undefined && matched > 1) {
      fail("oneOf", `must match exactly one alternative (matched ${matched})`);
      return;
    }
    if (matched > 0) return;
    // Report the alternative that came closest: of the right type, with the fewest issues.
    const typed = (found: ValidationIssue[]) => !found.some((issue) => issue.path === path && issue.rule === "type");
    let closest = -1;
    for (const [position, found] of results.entries()) {
      if (typed(found) && (closest < 0 || found.length < results[closest]!.length)) closest = position;
    }
    const keyword = rule.oneOf ? "oneOf" : "anyOf";
    if (closest < 0) {
      fail(keyword, `must be ${alternatives(choices)} (got ${type})`);
      return;
    }
    const closeCount = results.filter((found) => typed(found) && found.length === results[closest]!.length).length;
    if (closeCount > 1) {
      fail(keyword, `must be ${alternatives(choices)} (got ${type})`);
      return;
    }
    const name = ruleOf(choices[closest]!).name;
    if (name !== undefined) fail(keyword, `matches none of ${alternatives(choices)}; closest: ${name}`);
    issues.push(...results[closest]!);
  }
}

function matches(schema: RuleSchema, value: unknown): boolean {
  const found: ValidationIssue[] = [];
  check(schema, value, "", found);
  return found.length === 0;
}

/** JSON Schema counts characters as code points: UTF-16 length minus the surrogate pairs. */
function codePointLength(text: string): number {
  let length = text.length;
  for (let index = 0; index < text.length - 1; index++) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        index++;
      }
    }
  }
  return length;
}
