import { MaxtokenError } from "./maxtoken-error.ts";

/** The request or stream was aborted through `signal` or `stream.controller`. Never retried. */
export class APIUserAbortError extends MaxtokenError {
  static {
    this.prototype.name = "APIUserAbortError";
  }

  constructor(message = "Request aborted by the caller (signal or stream.controller).") {
    super(message);
  }
}
