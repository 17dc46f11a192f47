import { APIError } from "./api-error.ts";

/** HTTP 400: the request was malformed or had invalid parameters. */
export class BadRequestError extends APIError {
  static {
    this.prototype.name = "BadRequestError";
  }
  static override hint = "Check the request parameters.";
}
