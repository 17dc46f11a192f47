/** One problem found in a request body before it was sent. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `"messages[0].role"` or `"tools[1].allowed_domains[0]"`. */
  path: string;
  /** The spec rule that failed, e.g. `"enum"`, `"maximum"`, `"required"`, `"pattern"`. */
  rule: string;
  /** What is wrong, in words. */
  message: string;
}

/**
 * Checks a request body against the spec's constraints (generated from the spec, dependency-free).
 * Returns `[]` when the body is valid; the client throws a `ValidationError` otherwise.
 */
export type RequestChecker = (body: unknown) => ValidationIssue[];
