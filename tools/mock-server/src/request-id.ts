import { randomBytes } from "node:crypto";

const BYTES_PER_ID = 12;
let pool = Buffer.alloc(0);
let offset = 0;

/**
 * A new request id, `req_` followed by 24 random hex digits, sent as `x-request-id` on every
 * response. The completion's `id` reuses the digits (`chatcmpl-<digits>`). Random bytes are
 * drawn in batches, so ids stay cheap under load.
 */
export function newRequestId(): string {
  if (offset + BYTES_PER_ID > pool.length) {
    pool = randomBytes(BYTES_PER_ID * 512);
    offset = 0;
  }
  const id = pool.toString("hex", offset, offset + BYTES_PER_ID);
  offset += BYTES_PER_ID;
  return `req_${id}`;
}
