import type { BodyModel, StreamModel } from "../api-model.ts";
import type { Document, Operation, Schema } from "../openapi-document.ts";
import type { Report } from "./report.ts";
import type { ResponsesModel } from "./responses.ts";
import { resolveSchema, schemaTypes } from "./schema-refs.ts";

const EVENT_STREAM = "text/event-stream";

/**
 * The operation's stream, when it has one: an event-stream 2xx answer needs `x-stream-flag`, a
 * boolean field of the JSON request body that selects it, and a JSON answer for when the flag is
 * off. `x-stream-terminator`, when given, must be a string.
 */
export function buildStream(
  document: Document,
  operation: Operation,
  label: string,
  pointer: string,
  responses: ResponsesModel,
  body: BodyModel | undefined,
  bodySchema: Schema | undefined,
  report: Report,
): StreamModel | undefined {
  const flag = operation["x-stream-flag"];
  const terminator = operation["x-stream-terminator"];
  const { eventType } = responses;
  if (flag === undefined) {
    if (eventType !== undefined) {
      report(
        pointer,
        `\`${label}\` answers with \`${EVENT_STREAM}\` (${responses.eventPointer}) but has no \`x-stream-flag\`.`,
        "add `x-stream-flag: <field>` to the operation, naming the boolean request-body field that asks for the stream (e.g. `x-stream-flag: stream`).",
      );
    }
    return undefined;
  }
  if (typeof flag !== "string" || flag === "") {
    report(
      `${pointer}/x-stream-flag`,
      "`x-stream-flag` must name a request-body field.",
      "write e.g. `x-stream-flag: stream`.",
    );
    return undefined;
  }
  if (eventType === undefined) {
    report(
      `${pointer}/x-stream-flag`,
      `\`x-stream-flag: ${flag}\` is set but no 2xx response has \`${EVENT_STREAM}\` content.`,
      `add a \`${EVENT_STREAM}\` content (with the event payload's schema) to the 2xx response, or remove \`x-stream-flag\`.`,
    );
    return undefined;
  }
  if (responses.types.length === 0) {
    report(
      pointer,
      `\`x-stream-flag: ${flag}\` needs the non-streamed answer too: no 2xx response has JSON content.`,
      "add `application/json` content (with the answer's schema) beside the event stream.",
    );
    return undefined;
  }
  const flagSchema = resolveSchema(document, bodySchema?.properties?.[flag]);
  const flagTypes = schemaTypes(flagSchema);
  if (flagSchema === undefined || !flagTypes.includes("boolean") || body?.kind !== "json") {
    report(
      `${pointer}/x-stream-flag`,
      `\`x-stream-flag: ${flag}\` must name a boolean property of the JSON request body, ` +
        (bodySchema === undefined || body?.kind !== "json"
          ? "but the operation has no JSON request body."
          : `but \`${body.typeName}\` has no boolean \`${flag}\`.`),
      `add \`${flag}: { type: boolean }\` to the request body's properties, or fix the name.`,
    );
    return undefined;
  }
  if (terminator !== undefined && typeof terminator !== "string") {
    report(
      `${pointer}/x-stream-terminator`,
      "`x-stream-terminator` must be a string.",
      'quote it, e.g. `x-stream-terminator: "[DONE]"`.',
    );
    return undefined;
  }
  return {
    flag,
    flagNullable: flagTypes.includes("null") || flagSchema.nullable === true,
    terminator: terminator as string | undefined,
    eventType,
  };
}
