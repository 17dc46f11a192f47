import { APIError } from "./api-error.ts";

/** HTTP 401: the API key is missing, wrong or revoked. */
export class AuthenticationError extends APIError {
  static {
    this.prototype.name = "AuthenticationError";
  }
  static override hint = "Check MAXTOKEN_API_KEY or the apiKey option.";
}
