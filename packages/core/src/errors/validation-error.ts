import type { ValidationIssue } from "../validation/request-checker.ts";
import { MaxtokenError } from "./maxtoken-error.ts";

/**
 * The request body broke a rule of the spec; caught before the network, never retried.
 *
 * @example
 * ```ts
 * catch (error) {
 *   if (error instanceof ValidationError) console.error(error.issues[0]?.path); // "temperature"
 * }
 * ```
 */
export class ValidationError extends MaxtokenError {
  static {
    this.prototype.name = "ValidationError";
  }

  /** Every problem found, each naming its field. */
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    super(`Invalid request, not sent: ${issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ")}`);
    this.issues = issues;
  }
}
