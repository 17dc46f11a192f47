/** The callbacks waiting on each caller's signal, and the one listener that runs them. */
const waiting = new WeakMap<AbortSignal, [callbacks: Set<() => void>, listener: () => void]>();

/**
 * Runs `callback` when `signal` aborts; returns the function that cancels that. Every request
 * sharing one signal shares one `abort` listener on it, so a hundred requests with one signal do
 * not trip Node's `MaxListenersExceededWarning` (it warns past 10 listeners); the last one to
 * cancel removes the listener, so a long-lived signal keeps nothing alive.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let entry = waiting.get(signal);
  if (!entry) {
    const callbacks = new Set<() => void>();
    const listener = () => {
      waiting.delete(signal);
      for (const each of callbacks) each();
    };
    entry = [callbacks, listener];
    waiting.set(signal, entry);
    signal.addEventListener("abort", listener, { once: true });
  }
  const [callbacks, listener] = entry;
  callbacks.add(callback);
  return () => {
    if (callbacks.delete(callback) && callbacks.size === 0 && waiting.get(signal) === entry) {
      waiting.delete(signal);
      signal.removeEventListener("abort", listener);
    }
  };
}
