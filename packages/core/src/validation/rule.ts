/**
 * A schema inside a {@link Rule}: a rule written in place, or a function that returns a named
 * rule (how the generator writes a `$ref`). Each named rule is a constant of its own, reached only
 * through such functions, so a bundler keeps the rules of the operations a page calls and drops
 * the rest; the function also lets rules refer to each other in cycles.
 *
 * Used by generated code (`checks.gen.ts`); not meant to be written by hand.
 */
export type RuleSchema = Rule | (() => Rule);

/**
 * The JSON Schema keywords the request checker understands: the constraints of one schema of the
 * spec, as the generator writes them into `checks.gen.ts` and {@link checkRules}
 * reads them. A keyword that is absent checks nothing; extra fields of an object pass unless
 * `additionalProperties` says otherwise.
 *
 * Used by generated code; not meant to be written by hand.
 */
export interface Rule {
  /** The schema's name in the spec, for messages about alternatives (`closest: WebSearchTool`). */
  name?: string;
  /** The JSON types allowed (`"object"`, `"array"`, `"string"`, `"number"`, `"integer"`, `"boolean"`, `"null"`); `"number"` also allows integers. */
  type?: string[];
  /** The only values allowed, compared with `===`. */
  enum?: unknown[];
  /** The one value allowed, compared with `===`. */
  const?: unknown;
  /** The smallest number allowed. */
  minimum?: number;
  /** The largest number allowed. */
  maximum?: number;
  /** A number the value must be greater than. */
  exclusiveMinimum?: number;
  /** A number the value must be less than. */
  exclusiveMaximum?: number;
  /** A number the value must be a whole multiple of. */
  multipleOf?: number;
  /** The fewest characters (Unicode code points) a string may have. */
  minLength?: number;
  /** The most characters (Unicode code points) a string may have. */
  maxLength?: number;
  /** A regular expression (compiled with the `u` flag) a string must match. */
  pattern?: string;
  /** The fewest items an array may have. */
  minItems?: number;
  /** The most items an array may have. */
  maxItems?: number;
  /** The schema every item of an array must match. */
  items?: RuleSchema;
  /** The properties an object must set (to a value other than `undefined`). */
  required?: string[];
  /** The schema of each property, checked when the object sets it. */
  properties?: Record<string, RuleSchema>;
  /** `false`: no property outside `properties`; a schema: what every other property must match. */
  additionalProperties?: RuleSchema | false;
  /** The fewest properties an object may have. */
  minProperties?: number;
  /** The most properties an object may have. */
  maxProperties?: number;
  /** With `oneOf`/`anyOf`: the property whose value says which alternative applies. */
  discriminator?: string;
  /** A schema the value must not match (`not: { required: [a, b] }` forbids setting both). */
  not?: RuleSchema;
  /** Alternatives of which exactly one must match. */
  oneOf?: RuleSchema[];
  /** Alternatives of which at least one must match. */
  anyOf?: RuleSchema[];
  /** Schemas that must all match. */
  allOf?: RuleSchema[];
}
