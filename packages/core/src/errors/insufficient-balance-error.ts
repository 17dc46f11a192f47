import { PermissionDeniedError } from "./permission-denied-error.ts";

/** HTTP 403 with `error.type` `"insufficient_balance"`: the account has no balance left. */
export class InsufficientBalanceError extends PermissionDeniedError {
  static {
    this.prototype.name = "InsufficientBalanceError";
  }
  static override hint = "Top up the account balance.";
}
