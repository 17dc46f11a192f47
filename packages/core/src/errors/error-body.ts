/**
 * The error body of every error status, as core reads it (structural; the runtime packages also
 * export the spec's own `ErrorBody`). Fields the server adds are kept.
 */
export interface ErrorBody {
  error: {
    message: string;
    type: string;
    code: number | string | null;
    param: string | null;
    [key: string]: unknown;
  };
}
