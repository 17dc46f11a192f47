import type { BodyModel } from "../api-model.ts";
import type { Document, MediaType, Operation, RequestBody, Schema } from "../openapi-document.ts";
import { BODY_PREFERENCE, bodyKind } from "./content-kinds.ts";
import type { Hoist } from "./hoist.ts";
import { mediaExamples } from "./media-examples.ts";
import type { Report } from "./report.ts";
import { deref, resolveSchema, SCHEMA_PREFIX } from "./schema-refs.ts";

/**
 * The request body: of its content types, the first the client can send in the order JSON,
 * multipart/form-data, urlencoded, raw bytes, text. A JSON or form body's schema becomes the named
 * type `<OperationId>Params`; raw bytes are typed as core's `Uploadable`, text as `string`.
 */
export function buildRequestBody(
  document: Document,
  operation: Operation,
  typePrefix: string,
  pointer: string,
  hoist: Hoist,
  report: Report,
): { body: BodyModel | undefined; bodySchema: Schema | undefined } {
  if (operation.requestBody === undefined) return { body: undefined, bodySchema: undefined };
  const requestBody = deref<RequestBody>(document, operation.requestBody);
  const at = `${pointer}/requestBody`;
  const contentTypes = Object.keys(requestBody.content ?? {});
  const ranked = contentTypes
    .map((contentType) => ({ contentType, kind: bodyKind(contentType) }))
    .filter((entry) => entry.kind !== undefined)
    .sort((a, b) => BODY_PREFERENCE.indexOf(a.kind!) - BODY_PREFERENCE.indexOf(b.kind!));
  const chosen = ranked[0];
  if (chosen === undefined) {
    report(
      at,
      `the request body has no content type the client can send (${contentTypes.join(", ") || "none"}).`,
      "describe it as `application/json`, `multipart/form-data`, `application/x-www-form-urlencoded`, raw bytes (e.g. `application/octet-stream`) or `text/plain`.",
    );
    return { body: undefined, bodySchema: undefined };
  }
  const kind = chosen.kind!;
  const media = requestBody.content![chosen.contentType]! as MediaType;
  const required = requestBody.required === true;
  if (kind === "binary" || kind === "text") {
    return {
      body: { kind, contentType: chosen.contentType, typeName: undefined, required, examples: [] },
      bodySchema: undefined,
    };
  }
  const schemaAt = `${at}/content/${chosen.contentType.replaceAll("~", "~0").replaceAll("/", "~1")}/schema`;
  if (media.schema === undefined) {
    report(
      at,
      `the ${chosen.contentType} request body has no schema.`,
      `describe the body under \`content: { ${chosen.contentType}: { schema: ... } }\`.`,
    );
    return { body: undefined, bodySchema: undefined };
  }
  const typeName = hoist(media.schema, `${typePrefix}Params`, schemaAt);
  if (typeName === undefined) return { body: undefined, bodySchema: undefined };
  media.schema = { $ref: SCHEMA_PREFIX + typeName };
  const bodySchema = resolveSchema(document, media.schema);
  return {
    body: {
      kind,
      contentType: chosen.contentType,
      typeName,
      required,
      examples: mediaExamples(document, media, bodySchema),
    },
    bodySchema,
  };
}
