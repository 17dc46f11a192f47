import type { IncomingMessage } from "node:http";

/** The largest request body the mock accepts (10 MiB); a larger one gets a 413. */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/** A request body that was read, or why it could not be. */
export type BodyRead = { ok: true; bytes: Buffer } | { ok: false; reason: "too-large" | "aborted" };

/** Reads a request body's bytes, up to {@link MAX_BODY_BYTES}. */
export function readBody(request: IncomingMessage): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on("end", () => {
      resolve(tooLarge ? { ok: false, reason: "too-large" } : { ok: true, bytes: Buffer.concat(chunks) });
    });
    request.on("error", () => resolve({ ok: false, reason: "aborted" }));
    request.on("close", () => {
      if (!request.complete) resolve({ ok: false, reason: "aborted" });
    });
  });
}
