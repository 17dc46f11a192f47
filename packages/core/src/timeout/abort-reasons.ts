/** Abort reason of an attempt whose response headers did not arrive within `timeout`. */
export const TIMEOUT = { reason: "maxtoken: timeout" };
/** Abort reason of a stream that sent nothing for `idleTimeout` ms. */
export const IDLE = { reason: "maxtoken: idle timeout" };

/** For `setTimeout(abortWith, ms, controller, reason)`: a timer without a closure per call. */
export function abortWith(controller: AbortController, reason: unknown): void {
  controller.abort(reason);
}

/** Longest delay `setTimeout` accepts (larger values fire at once). */
export const MAX_TIMER_MS = 2_147_483_647;
