import type { IncomingHttpHeaders } from "node:http";
import type { SpecOperation, SpecParameter } from "./operations.ts";
import { coerceText, typeAt } from "./schema-type.ts";
import type { SpecDocument } from "./spec.ts";
import type { SpecValidator } from "./spec-validator.ts";
import { type RequestIssue, requestIssueFromErrors } from "./validate-request.ts";

/** A request's parameters, read by the spec's schemas (`"20"` becomes `20` for an integer). */
export interface RequestParameters {
  /** Path parameters, by name. */
  path: Record<string, unknown>;
  /** Query parameters the spec declares, by name. */
  query: Record<string, unknown>;
  /** Header parameters the spec declares, by lower-case name. */
  header: Record<string, unknown>;
  /** Cookie parameters the spec declares, by name (read from the `Cookie` header). */
  cookie: Record<string, unknown>;
}

const LABELS = { path: "path parameter", query: "query parameter", header: "header", cookie: "cookie" } as const;

/**
 * Reads and checks the parameters an operation declares: a missing required one, or a value its
 * schema refuses, gives the issue for a 400 that names the parameter. Undeclared parameters pass.
 */
export function readParameters(
  document: SpecDocument,
  validator: SpecValidator,
  operation: SpecOperation,
  pathValues: Readonly<Record<string, string>>,
  url: URL,
  headers: IncomingHttpHeaders,
): { parameters: RequestParameters } | { issue: RequestIssue } {
  const parameters: RequestParameters = { path: {}, query: {}, header: {}, cookie: {} };
  for (const parameter of operation.parameters) {
    const raw = rawValues(parameter, pathValues, url, headers);
    const label = `The ${LABELS[parameter.in]} ${parameter.name}`;
    if (raw.length === 0) {
      if (parameter.required) {
        return { issue: { param: parameter.name, rule: "required", message: `${label} is required` } };
      }
      continue;
    }
    const value = coerce(document, parameter, raw);
    if (parameter.schemaPointer !== undefined) {
      const errors = validator.validate(parameter.schemaPointer, value);
      if (errors !== null) return { issue: requestIssueFromErrors(errors, { param: parameter.name, label }) };
    }
    parameters[parameter.in][parameter.name] = value;
  }
  return { parameters };
}

function rawValues(
  parameter: SpecParameter,
  pathValues: Readonly<Record<string, string>>,
  url: URL,
  headers: IncomingHttpHeaders,
): string[] {
  switch (parameter.in) {
    case "path": {
      const value = Object.hasOwn(pathValues, parameter.name) ? pathValues[parameter.name] : undefined;
      return value === undefined ? [] : [value];
    }
    case "query":
      return url.searchParams.getAll(parameter.name);
    case "cookie":
      return cookieValues(headers.cookie, parameter.name);
    default: {
      const value = headers[parameter.name];
      if (value === undefined) return [];
      return Array.isArray(value) ? value : [value];
    }
  }
}

/** The values of the cookie `name` in a `Cookie` header (`a=1; b=2`), percent-decoded when they can be. */
function cookieValues(header: string | undefined, name: string): string[] {
  const values: string[] = [];
  for (const pair of (header ?? "").split(";")) {
    const equals = pair.indexOf("=");
    if (equals < 0 || pair.slice(0, equals).trim() !== name) continue;
    const text = pair
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, "$1");
    try {
      values.push(decodeURIComponent(text));
    } catch {
      values.push(text);
    }
  }
  return values;
}

function coerce(document: SpecDocument, parameter: SpecParameter, raw: string[]): unknown {
  const { type, items } = typeAt(document, parameter.schemaPointer);
  if (type === "array") {
    const texts = parameter.in === "query" && parameter.explode ? raw : raw.flatMap((text) => text.split(","));
    return texts.map((text) => coerceText(parameter.in === "header" ? text.trim() : text, items));
  }
  return coerceText(raw[0]!, type);
}
