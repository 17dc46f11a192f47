/**
 * The error body of every error status, as core reads it (structural; the runtime packages also
 * export the spec's own `ErrorBody`). Fields the server adds are kept.
 */
export interface ErrorBody {
  /** What went wrong. */
  error: {
    /** What went wrong, for people. */
    message: string;
    /** The kind of error, for programs, e.g. `"rate_limit_error"` or `"insufficient_balance"`. */
    type: string;
    /** A machine-readable code, or `null` (a content policy violation has `503`). */
    code: number | string | null;
    /** The request field the error is about, or `null`. */
    param: string | null;
    [key: string]: unknown;
  };
}
