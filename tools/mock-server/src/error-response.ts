import type { ServerResponse } from "node:http";
import { type ErrorBodyFields, makeErrorBody } from "./error-body.ts";
import type { FaultSpec } from "./faults/fault-spec.ts";
import { isJsonMediaType, type SpecOperation, type SpecResponse } from "./operations.ts";
import { retryHeaders } from "./send.ts";
import type { ServedSpec } from "./served-spec.ts";
import { synthesize } from "./synthesize.ts";

/** The response an operation declares for a status: the exact one, else `4XX`/`5XX`, else `default`. */
export function declaredResponse(operation: SpecOperation | undefined, status: number): SpecResponse | undefined {
  const responses = operation?.responses ?? [];
  return (
    responses.find((response) => response.status === String(status)) ??
    responses.find((response) => response.status.toUpperCase() === `${String(status)[0]}XX`) ??
    responses.find((response) => response.status === "default")
  );
}

/**
 * The status a request the spec refuses gets: 400 when the operation declares it (or declares
 * neither), else 422 when it declares that (some APIs answer validation errors so).
 */
export function validationStatus(operation: SpecOperation): number {
  const declared = new Set(operation.responses.map((response) => response.status));
  return !declared.has("400") && declared.has("422") ? 422 : 400;
}

const MESSAGE_KEYS = new Set(["detail", "title", "description", "error_description", "msg", "error"]);
const PARAM_KEYS = new Set(["param", "field", "parameter", "pointer", "path"]);
const TYPE_KEYS = new Set(["type", "kind"]);
const STATUS_KEYS = new Set(["status", "status_code"]);

/** `message`, `error_message`, `display_message`, `detail`, ... */
function isMessageKey(name: string): boolean {
  return name.endsWith("message") || MESSAGE_KEYS.has(name);
}

/** `param`, `field`, `invalid_param`, ... */
function isParamKey(name: string): boolean {
  return PARAM_KEYS.has(name) || name.endsWith("_param") || name.endsWith("_field");
}

/** `type`, `error_type`, `kind` */
function isTypeKey(name: string): boolean {
  return TYPE_KEYS.has(name) || name.endsWith("_type");
}

/** Puts the message, param and type into the fields of a synthesised error body whose names say so. */
function fill(
  value: unknown,
  fields: { message: string; param: string | null; type?: string; status: number },
  depth = 0,
): unknown {
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => fill(item, fields, depth + 1));
  const result: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const name = key.toLowerCase();
    if (typeof entry === "string" && isMessageKey(name)) result[key] = fields.message;
    else if (typeof entry === "string" && isParamKey(name) && fields.param !== null) result[key] = fields.param;
    else if (typeof entry === "string" && isTypeKey(name) && fields.type !== undefined) result[key] = fields.type;
    else if (typeof entry === "number" && STATUS_KEYS.has(name)) result[key] = fields.status;
    else result[key] = fill(entry, fields, depth + 1);
  }
  return result;
}

/**
 * The error body for `status` on `operation`, in the shape the spec declares for it:
 * `{ error: { message, type, code, param } }` when the spec declares that shape or no error body
 * at all; otherwise a value of the declared schema whose message-, param- and type-like fields
 * carry the error (e.g. `{ detail }`, `{ title, status }`), valid against that schema.
 */
export function errorBodyFor(
  spec: ServedSpec,
  operation: SpecOperation | undefined,
  status: number,
  fields: ErrorBodyFields = {},
): unknown {
  const standard = makeErrorBody(status, fields);
  const media = declaredResponse(operation, status)?.contents.find((entry) => isJsonMediaType(entry.mediaType));
  if (media?.schemaPointer === undefined) return standard;
  if (spec.validator.validate(media.schemaPointer, standard) === null) return standard;
  const template = synthesize(spec.document, spec.validator, media.schemaPointer, { direction: "response" });
  const { message, param, type } = standard.error;
  // With the type if the schema takes it there (a problem+json `type` is a URI: it may not).
  for (const candidate of [
    fill(template, { message, param, type, status }),
    fill(template, { message, param, status }),
  ]) {
    if (spec.validator.validate(media.schemaPointer, candidate) === null) return candidate;
  }
  return template;
}

/**
 * Sends the error `status` for `operation` with {@link errorBodyFor}'s body, as the content type
 * the spec declares for it (`application/problem+json`, say; `application/json` otherwise), with
 * the fault's retry headers.
 */
export function sendSpecError(
  response: ServerResponse,
  spec: ServedSpec,
  operation: SpecOperation | undefined,
  status: number,
  fields: ErrorBodyFields & FaultSpec = {},
): void {
  const media = declaredResponse(operation, status)?.contents.find((entry) => isJsonMediaType(entry.mediaType));
  const contentType = media === undefined ? "application/json" : media.mediaType.split(";")[0]!.trim();
  const text = JSON.stringify(errorBodyFor(spec, operation, status, fields));
  response.writeHead(status, {
    ...retryHeaders(fields),
    "content-type": contentType,
    "content-length": String(Buffer.byteLength(text)),
  });
  response.end(text);
}
