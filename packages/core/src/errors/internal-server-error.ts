import { APIError } from "./api-error.ts";

/** HTTP 500 or above: the server (or a proxy in front of it) failed. */
export class InternalServerError extends APIError {
  static {
    this.prototype.name = "InternalServerError";
  }
  static override hint = "The server failed; try again later.";
}
