import { APIError } from "./api-error.ts";

/** HTTP 404: no such path or resource (often a wrong `baseURL` or model id). */
export class NotFoundError extends APIError {
  static {
    this.prototype.name = "NotFoundError";
  }
  static override hint = "Check the baseURL, the path and the model id.";
}
