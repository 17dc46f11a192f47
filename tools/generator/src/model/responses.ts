import { toPointer } from "@maxtoken/spec";
import type { ErrorModel, ResponseKind } from "../api-model.ts";
import type { Document, Operation, Response } from "../openapi-document.ts";
import { isJson, responseKind } from "./content-kinds.ts";
import type { Hoist } from "./hoist.ts";
import { mediaExamples } from "./media-examples.ts";
import type { Report } from "./report.ts";
import { deref } from "./schema-refs.ts";

const EVENT_STREAM = "text/event-stream";

/** What the 2xx answers of an operation are, and its error responses. */
export interface ResponsesModel {
  /** How the answer is read: JSON, raw bytes (a `Response`), text, or nothing (204). */
  kind: ResponseKind;
  /** Type names of the JSON 2xx answers. */
  types: string[];
  /** The first 2xx response's description. */
  description: string | undefined;
  /** The stream event's type name, for a `text/event-stream` answer. */
  eventType: string | undefined;
  eventPointer: string | undefined;
  errors: ErrorModel[];
}

/**
 * Reads the responses: JSON answers are named `<OperationId>Response` (`...Response201` for a
 * second status), the event stream's payload `<OperationId>StreamEvent`. Without JSON, an answer
 * of raw bytes (`application/octet-stream`, `audio/*`, `image/*`, ...) resolves to the `Response`,
 * a `text/*` one to a string, and no content at all (204) to `void`.
 */
export function buildResponses(
  document: Document,
  operation: Operation,
  path: string,
  httpMethod: string,
  typePrefix: string,
  hoist: Hoist,
  report: Report,
): ResponsesModel {
  const result: ResponsesModel = {
    kind: "empty",
    types: [],
    description: undefined,
    eventType: undefined,
    eventPointer: undefined,
    errors: [],
  };
  const kinds = new Set<ResponseKind>();
  const responses = operation.responses ?? {};
  const successCodes = Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/i.test(code))
    .sort();
  for (const code of successCodes) {
    const response = deref<Response>(document, responses[code]!);
    result.description ??= response.description;
    for (const [contentType, media] of Object.entries(response.content ?? {})) {
      const mediaPointer = toPointer(["paths", path, httpMethod, "responses", code, "content", contentType]);
      if (contentType.split(";")[0]!.trim() === EVENT_STREAM) {
        if (media.schema === undefined) {
          report(
            mediaPointer,
            "the event stream has no `schema` for its events' payload.",
            "add `schema: { $ref: ... }` naming the type of one event's `data`.",
          );
          continue;
        }
        result.eventType = hoist(media.schema, `${typePrefix}StreamEvent`, `${mediaPointer}/schema`);
        result.eventPointer = mediaPointer;
        continue;
      }
      const kind = responseKind(contentType);
      kinds.add(kind);
      if (kind !== "json" || media.schema === undefined) continue;
      const name = `${typePrefix}Response${code === successCodes[0] ? "" : code}`;
      const typeName = hoist(media.schema, name, `${mediaPointer}/schema`);
      if (typeName !== undefined && !result.types.includes(typeName)) result.types.push(typeName);
    }
  }
  result.kind = kinds.has("json") ? "json" : kinds.has("binary") ? "binary" : kinds.has("text") ? "text" : "empty";
  for (const code of Object.keys(responses)) {
    if (/^[45](\d\d|XX)$/i.test(code) || code === "default") {
      const status = code === "default" ? "default" : code.toUpperCase();
      const response = deref<Response>(document, responses[code]!);
      result.errors.push({ status, description: response.description, types: errorTypes(document, response) });
    }
  }
  return result;
}

/** The `error.type` strings that a response's JSON examples show (they can select a subclass). */
function errorTypes(document: Document, response: Response): string[] {
  const types = new Set<string>();
  for (const [contentType, media] of Object.entries(response.content ?? {})) {
    if (!isJson(contentType)) continue;
    for (const value of mediaExamples(document, media, undefined)) {
      const type = (value as { error?: { type?: unknown } } | null)?.error?.type;
      if (typeof type === "string") types.add(type);
    }
  }
  return [...types];
}
