import { APIError } from "./api-error.ts";

/** HTTP 403: the API key may not do this. */
export class PermissionDeniedError extends APIError {
  static {
    this.prototype.name = "PermissionDeniedError";
  }
  static override hint = "Check that this API key may use this model and endpoint.";
}
