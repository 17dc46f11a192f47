import type { ErrorObject } from "ajv/dist/2020.js";

/** The first problem found in a request body, ready for a 400 `invalid_request_error`. */
export interface RequestIssue {
  /**
   * The field, in the SDK's path style: `temperature`, `messages[0].role`,
   * `tools[0].allowed_domains[1]`; `null` when the problem is the body as a whole.
   */
  param: string | null;
  /** The JSON Schema keyword that failed, e.g. `maximum`, `enum`, `required`, `not`. */
  rule: string;
  /** What is wrong, naming the field, e.g. `temperature must be between 0 and 1 (got 1.5)`. */
  message: string;
}

/**
 * Turns a JSON pointer of ajv's `instancePath` into the SDK's path style:
 * `/messages/0/role` -> `messages[0].role`; `""` -> `""`.
 */
export function fieldPath(instancePath: string): string {
  if (instancePath === "") return "";
  let path = "";
  for (const raw of instancePath.slice(1).split("/")) {
    const segment = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return path;
}

function joinPath(parent: string, child: string): string {
  if (parent === "") return child;
  if (child === "") return parent;
  return child.startsWith("[") ? `${parent}${child}` : `${parent}.${child}`;
}

/** What a set of ajv errors is about: the request body (the default) or one parameter. */
export interface IssueSubject {
  /** The parameter's name, prefixed to the field path in `param`; `null` for the body. */
  param: string | null;
  /** How messages name the subject as a whole, e.g. `The request body`, `The query parameter limit`. */
  label: string;
}

const BODY: IssueSubject = { param: null, label: "The request body" };

function depth(error: ErrorObject): number {
  const segments = error.instancePath === "" ? 0 : error.instancePath.split("/").length - 1;
  return error.keyword === "required" ? segments + 1 : segments;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Words for one ajv error, without the field name. */
function describe(error: ErrorObject): string {
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      if (typeof schema.minimum === "number" && typeof schema.maximum === "number") {
        return `must be between ${schema.minimum} and ${schema.maximum} (got ${show(error.data)})`;
      }
      return `${error.message ?? "is out of range"} (got ${show(error.data)})`;
    }
    case "enum": {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      return `must be one of ${allowed.map(show).join(", ")} (got ${show(error.data)})`;
    }
    case "const":
      return `must be ${show(params.allowedValue)} (got ${show(error.data)})`;
    case "type":
      return `must be of type ${String(params.type).replaceAll(",", " or ")} (got ${show(error.data)})`;
    case "minItems":
      return params.limit === 1 ? "must not be empty" : `must have at least ${String(params.limit)} items`;
    case "maxItems":
      return `must have at most ${String(params.limit)} items`;
    case "minLength":
      return params.limit === 1 ? "must not be empty" : `must be at least ${String(params.limit)} characters long`;
    case "maxLength":
      return `must be at most ${String(params.limit)} characters long`;
    case "pattern": {
      const what = typeof schema.title === "string" ? ` of ${schema.title}` : "";
      return `does not match the pattern${what} ${String(params.pattern)} (got ${show(error.data)})`;
    }
    case "additionalProperties":
      return `must not have the field ${show(params.additionalProperty)}`;
    case "not": {
      const forbidden = (schema.not as { required?: unknown } | undefined)?.required;
      if (Array.isArray(forbidden)) {
        return `must not have ${forbidden.map(String).join(" and ")} together: send only one of them`;
      }
      return "must not match the schema it is forbidden to match";
    }
    default:
      return error.message ?? `fails the ${error.keyword} rule`;
  }
}

/**
 * Picks the most useful of ajv's errors for one invalid request body (ajv stops at the first
 * failing keyword; for a `oneOf`, the deepest error among its branches names the field best) and
 * words it.
 */
export function requestIssueFromErrors(errors: readonly ErrorObject[], subject: IssueSubject = BODY): RequestIssue {
  const last = errors[errors.length - 1];
  if (last === undefined) return { param: subject.param, rule: "unknown", message: `${subject.label} is invalid.` };
  let chosen: ErrorObject = last;
  let alternatives: ErrorObject[] = [];
  if (last.keyword === "oneOf" || last.keyword === "anyOf") {
    const branches = errors
      .slice(0, -1)
      .filter(
        (error) => error.instancePath === last.instancePath || error.instancePath.startsWith(`${last.instancePath}/`),
      );
    const deepest = Math.max(...branches.map(depth), depth(last));
    if (deepest > depth(last)) {
      chosen = branches.find((error) => depth(error) === deepest) ?? last;
    } else {
      alternatives = branches.filter((error) => depth(error) === depth(last));
    }
  }
  const path = joinPath(subject.param ?? "", fieldPath(chosen.instancePath));
  if (chosen.keyword === "required") {
    const missing = String((chosen.params as { missingProperty?: unknown }).missingProperty);
    const param = joinPath(path, missing);
    return { param, rule: "required", message: `${param} is required` };
  }
  let words: string;
  if (alternatives.length > 0 && alternatives.every((error) => error.keyword === "type")) {
    const types = [...new Set(alternatives.map((error) => String((error.params as { type?: unknown }).type)))];
    words = `must be of type ${types.join(" or ")} (got ${show(chosen.data)})`;
  } else if (alternatives.length > 0) {
    const unique = [...new Set(alternatives.map(describe))];
    words = `must match one of its allowed forms: ${unique.join("; or ")}`;
  } else {
    words = describe(chosen);
  }
  if (subject.param === null && path === "") {
    const message =
      chosen.keyword === "type" && (chosen.params as { type?: unknown }).type === "object"
        ? `The request body must be a JSON object (got ${show(chosen.data)})`
        : `The request body ${words}`;
    return { param: null, rule: chosen.keyword, message };
  }
  if (path === subject.param) return { param: path, rule: chosen.keyword, message: `${subject.label} ${words}` };
  return { param: path, rule: chosen.keyword, message: `${path} ${words}` };
}
