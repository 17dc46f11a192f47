import type { ValidationIssue } from "../validation/request-checker.ts";
import { MaxtokenError } from "./maxtoken-error.ts";

/** How many issues the message lists; a body with 100,000 bad messages must not make a 14 MB message. */
const SHOWN = 10;

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

  /** The message lists the first 10 issues and says how many more there are (all are in `issues`). */
  constructor(issues: ValidationIssue[]) {
    const listed = issues.slice(0, SHOWN).map((issue) => `${issue.path}: ${issue.message}`);
    const more = issues.length > SHOWN ? `; and ${issues.length - SHOWN} more (see error.issues)` : "";
    super(`Invalid request, not sent: ${listed.join("; ")}${more}`);
    this.issues = issues;
  }
}
