import { APIError } from "./api-error.ts";

/** HTTP 422: the request was well-formed but could not be processed. */
export class UnprocessableEntityError extends APIError {
  static {
    this.prototype.name = "UnprocessableEntityError";
  }
  static override hint = "Check the request parameters.";
}
