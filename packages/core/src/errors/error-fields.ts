/**
 * The `error` object of an error body, or `undefined` when there is none: core reads its
 * `message` (for the error's message) and `type` (to pick a class). Structural and unchecked:
 * the body is the server's and may be anything, so each field is checked where it is read. The
 * body's full shape is the spec's (the generated `ErrorBody`).
 */
export function errorFields(body: unknown): { message?: unknown; type?: unknown } | undefined {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  return typeof error === "object" && error !== null ? error : undefined;
}
