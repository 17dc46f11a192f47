import { MaxtokenError } from "../errors/maxtoken-error.ts";

/** A file or bytes a multipart field or a raw-bytes body accepts, in every runtime (a `File` is a `Blob`). */
export type Uploadable = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

/** A `fetch` body and the `content-type` to send with it (`undefined`: `fetch` sets it, with the multipart boundary). */
export interface EncodedBody {
  body: BodyInit;
  contentType: string | undefined;
}

/**
 * Encodes a request body that is not JSON. Core calls it once before the first attempt so that
 * retries resend the same bytes: a stream is read into a `Blob` first (a stream reads only once).
 */
export type BodyEncoder = (payload: unknown, contentType: string | undefined) => Promise<EncodedBody>;

/**
 * `multipart/form-data`: each field of `payload`; `Blob`, `File`, `Uint8Array`, `ArrayBuffer` and
 * `ReadableStream` values become files (a `File` keeps its name, other bytes are named after the
 * field), arrays become repeated fields, objects JSON, other values text.
 *
 * Used by generated code; not meant to be called by hand.
 */
export const encodeMultipart: BodyEncoder = async (payload) => {
  const form = new FormData();
  for (const [name, value] of fields(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isBinary(item)) {
        const blob = await bytesOf(item, `the field "${name}"`);
        form.append(name, blob, typeof File !== "undefined" && item instanceof File ? item.name : name);
      } else form.append(name, textOf(item));
    }
  }
  return { body: form, contentType: undefined };
};

/**
 * `application/x-www-form-urlencoded`: each field of `payload` (arrays as repeated fields).
 *
 * Used by generated code; not meant to be called by hand.
 */
export const encodeUrlencoded: BodyEncoder = async (payload) => {
  const search = new URLSearchParams();
  for (const [name, value] of fields(payload)) {
    for (const item of Array.isArray(value) ? value : [value]) search.append(name, textOf(item));
  }
  return { body: search, contentType: "application/x-www-form-urlencoded" };
};

/**
 * Raw bytes (`application/octet-stream`, `audio/*`, ...): an `Uploadable` sent as it is.
 *
 * Used by generated code; not meant to be called by hand.
 */
export const encodeBytes: BodyEncoder = async (payload, contentType) => ({
  body: await bytesOf(payload, "the request body"),
  contentType: contentType ?? "application/octet-stream",
});

/**
 * Text (`text/plain`, `text/csv`, ...).
 *
 * Used by generated code; not meant to be called by hand.
 */
export const encodeText: BodyEncoder = async (payload, contentType) => ({
  body: String(payload),
  contentType: contentType ?? "text/plain",
});

function fields(payload: unknown): [string, unknown][] {
  if (payload === null || typeof payload !== "object")
    throw new MaxtokenError("A form body must be an object of fields; nothing was sent.");
  return Object.entries(payload).filter(([, value]) => value !== undefined && value !== null);
}

function isBinary(value: unknown): boolean {
  return (
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof ReadableStream !== "undefined" && value instanceof ReadableStream)
  );
}

async function bytesOf(value: unknown, what: string): Promise<Blob> {
  if (value instanceof Blob) return value;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return new Blob([value as BlobPart]);
  if (typeof ReadableStream !== "undefined" && value instanceof ReadableStream) return new Response(value).blob();
  throw new MaxtokenError(
    `${what} must be a Blob, File, Uint8Array, ArrayBuffer or ReadableStream (got ${value === null ? "null" : typeof value}); nothing was sent.`,
  );
}

/** A form value as text: objects as JSON, the rest with `String`. */
function textOf(value: unknown): string {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}
