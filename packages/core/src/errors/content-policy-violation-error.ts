import { BadRequestError } from "./bad-request-error.ts";

/** HTTP 400 with `error.type` `"content_policy_violation"`: the input or output was blocked by the content policy. */
export class ContentPolicyViolationError extends BadRequestError {
  static {
    this.prototype.name = "ContentPolicyViolationError";
  }
  static override hint = "Change the input; the content policy blocked it.";
}
