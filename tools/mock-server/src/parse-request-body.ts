import { followRef, jsonPointer } from "./json-pointer.ts";
import { isJsonMediaType, type SpecMediaType, type SpecOperation } from "./operations.ts";
import { coerceText, typeAt } from "./schema-type.ts";
import type { SpecDocument } from "./spec.ts";

/** A request body, read by the media type it was sent as. */
export type RequestBody =
  | {
      /** No body was sent (or the operation takes none). */
      kind: "none";
    }
  | {
      /** JSON, `multipart/form-data` or `application/x-www-form-urlencoded`: a value to validate. */
      kind: "structured";
      /** The spec's media type it matched. */
      media: SpecMediaType;
      /** The value: parsed JSON, or the form's fields (files as `File` objects, repeated fields as arrays). */
      value: unknown;
      /** The value the schema checks: files stand as their file names (`format: binary` strings). */
      checked: unknown;
    }
  | {
      /** Text (`text/*`) or bytes (anything else): passed on as is. */
      kind: "raw";
      /** The spec's media type it matched. */
      media: SpecMediaType;
      /** The text, or the bytes. */
      value: string | Buffer;
    };

/** Why a body could not be read: a 400 (or 415 for a media type the operation does not take). */
export interface BodyProblem {
  /** 400, or 415 when the operation declares it for an unknown media type. */
  status: number;
  /** What is wrong. */
  message: string;
  /** The field concerned (`content-type` for a media type mismatch), or `null`. */
  param: string | null;
}

function bare(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}

/** Finds the declared media type a request's `content-type` matches (`image/*` and `*\/*` included). */
export function matchMediaType(
  contents: readonly SpecMediaType[],
  contentType: string | undefined,
): SpecMediaType | undefined {
  if (contents.length === 0) return undefined;
  if (contentType === undefined || contentType.trim() === "") {
    return contents.find((media) => isJsonMediaType(media.mediaType)) ?? contents[0];
  }
  const wanted = bare(contentType);
  const exact = contents.find((media) => bare(media.mediaType) === wanted);
  if (exact !== undefined) return exact;
  if (isJsonMediaType(wanted)) {
    const json = contents.find((media) => isJsonMediaType(media.mediaType));
    if (json !== undefined) return json;
  }
  const [wantedType] = wanted.split("/");
  return (
    contents.find((media) => bare(media.mediaType) === `${wantedType}/*`) ??
    contents.find((media) => bare(media.mediaType) === "*/*")
  );
}

/**
 * Reads a request body by the media types the operation declares. A JSON-only operation reads
 * any body as JSON (clients do not always send a `content-type`); otherwise the `content-type`
 * picks the media type, and one the operation does not take is refused.
 */
export async function parseRequestBody(
  document: SpecDocument,
  operation: SpecOperation,
  contentType: string | undefined,
  bytes: Buffer,
): Promise<{ body: RequestBody } | { problem: BodyProblem }> {
  const contents = operation.requestContents;
  if (contents.length === 0) return { body: { kind: "none" } };
  const onlyJson = contents.every((media) => isJsonMediaType(media.mediaType));
  const media = onlyJson ? contents[0]! : matchMediaType(contents, contentType);
  const empty = bytes.length === 0 || (onlyJson && bytes.toString("utf8").trim() === "");
  if (empty) {
    if (!operation.requestBodyRequired) return { body: { kind: "none" } };
    const what = onlyJson ? "a JSON object" : `a body (${contents.map((entry) => entry.mediaType).join(" or ")})`;
    return { problem: { status: 400, message: `The request body is empty: send ${what}.`, param: null } };
  }
  if (media === undefined) {
    const declares415 = operation.responses.some((response) => response.status === "415");
    return {
      problem: {
        status: declares415 ? 415 : 400,
        message: `The content-type ${bare(contentType ?? "")} is not accepted: send ${contents.map((entry) => entry.mediaType).join(" or ")}.`,
        param: "content-type",
      },
    };
  }
  const mediaType = bare(media.mediaType);
  if (isJsonMediaType(mediaType) || onlyJson) {
    try {
      const value = JSON.parse(bytes.toString("utf8")) as unknown;
      return { body: { kind: "structured", media, value, checked: value } };
    } catch (error) {
      return {
        problem: {
          status: 400,
          message: `The request body is not valid JSON: ${(error as Error).message}`,
          param: null,
        },
      };
    }
  }
  if (mediaType === "multipart/form-data" || mediaType === "application/x-www-form-urlencoded") {
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(bytes), {
        headers: { "content-type": contentType ?? mediaType },
      }).formData();
    } catch (error) {
      return {
        problem: {
          status: 400,
          message: `The ${mediaType} body cannot be read: ${(error as Error).message}`,
          param: null,
        },
      };
    }
    return { body: { kind: "structured", media, ...formFields(document, media.schemaPointer, form) } };
  }
  const value = mediaType.startsWith("text/") ? bytes.toString("utf8") : bytes;
  return { body: { kind: "raw", media, value } };
}

/** The pointer of property `name` in the object schema at `pointer` (its `allOf` members searched too). */
function propertyPointer(document: SpecDocument, pointer: string | undefined, name: string): string | undefined {
  if (pointer === undefined) return undefined;
  const schema = followRef(document, pointer);
  const value = schema.value as { properties?: Record<string, unknown>; allOf?: unknown[] } | undefined;
  if (value?.properties !== undefined && Object.hasOwn(value.properties, name)) {
    return `${schema.pointer}${jsonPointer(["properties", name])}`;
  }
  for (const index of (value?.allOf ?? []).keys()) {
    const found = propertyPointer(document, `${schema.pointer}/allOf/${index}`, name);
    if (found !== undefined) return found;
  }
  return undefined;
}

function formFields(
  document: SpecDocument,
  schemaPointer: string | undefined,
  form: FormData,
): { value: Record<string, unknown>; checked: Record<string, unknown> } {
  // Field names come from the wire: null-prototype objects, so `__proto__` is just a name.
  const value: Record<string, unknown> = Object.create(null);
  const checked: Record<string, unknown> = Object.create(null);
  for (const name of new Set(form.keys())) {
    const { type, items } = typeAt(document, propertyPointer(document, schemaPointer, name));
    const entries = form.getAll(name);
    // A file is passed on as a `File`; the schema (`format: binary`) checks its name.
    const read = (entry: File | string, as: string | undefined): [unknown, unknown] => {
      if (typeof entry !== "string") return [entry, entry.name];
      const coerced = coerceText(entry, as);
      return [coerced, coerced];
    };
    if (type === "array" || entries.length > 1) {
      const pairs = entries.map((entry) => read(entry, type === "array" ? items : type));
      value[name] = pairs.map((pair) => pair[0]);
      checked[name] = pairs.map((pair) => pair[1]);
    } else {
      [value[name], checked[name]] = read(entries[0]!, type);
    }
  }
  return { value: { ...value }, checked: { ...checked } };
}
