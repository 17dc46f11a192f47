import type { BodyKind, ResponseKind } from "../api-model.ts";

/** `application/json` and `application/<anything>+json`. */
export function isJson(contentType: string): boolean {
  const bare = contentType.split(";")[0]!.trim().toLowerCase();
  return bare === "application/json" || /^application\/[\w.-]+\+json$/.test(bare);
}

/** How a request body of this content type is encoded, or `undefined` when it cannot be sent. */
export function bodyKind(contentType: string): BodyKind | undefined {
  const bare = contentType.split(";")[0]!.trim().toLowerCase();
  if (isJson(bare)) return "json";
  if (bare === "multipart/form-data") return "multipart";
  if (bare === "application/x-www-form-urlencoded") return "urlencoded";
  if (bare.startsWith("text/")) return "text";
  if (bare === "multipart/mixed" || bare.startsWith("multipart/")) return undefined;
  return "binary";
}

/** How an answer of this content type is read (`text/event-stream` is handled as the stream). */
export function responseKind(contentType: string): ResponseKind {
  const bare = contentType.split(";")[0]!.trim().toLowerCase();
  if (isJson(bare)) return "json";
  if (bare.startsWith("text/") || bare === "application/xml" || bare.endsWith("+xml")) return "text";
  return "binary";
}

/** The request content types in order of preference: JSON first, then forms, then raw bytes or text. */
export const BODY_PREFERENCE: readonly BodyKind[] = ["json", "multipart", "urlencoded", "binary", "text"];
