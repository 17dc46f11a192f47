/**
 * How a harness that runs cases out of process (a page, a Worker) reports a failed case: the
 * error's name, message and stack as one text, or the thrown value itself.
 */
export function failureText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
}
