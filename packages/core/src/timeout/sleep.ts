import { APIUserAbortError } from "../errors/api-user-abort-error.ts";
import { onAbort } from "./on-abort.ts";

/** Waits `ms` milliseconds; rejects with `APIUserAbortError` as soon as `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const stop = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(new APIUserAbortError());
        })
      : undefined;
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
  });
}
