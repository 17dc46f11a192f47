import { Miniflare } from "miniflare";

/** A Response from the worker (miniflare's own class, with the web `Response` API). */
export type WorkerResponse = Awaited<ReturnType<Miniflare["dispatchFetch"]>>;

/** A Worker running in workerd, Cloudflare's runtime, through miniflare. */
export interface RunningWorker {
  /** Sends a request to the worker, e.g. `fetch("/chat", { method: "POST", body })`. */
  fetch(
    path: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<WorkerResponse>;
  close(): Promise<void>;
}

/**
 * Starts one ES-module Worker (`script`: its bundled source) in workerd with plain-text
 * `bindings` (the Worker's `env`). Web APIs only: no Node compatibility flag. The Worker's own
 * `fetch` reaches servers on 127.0.0.1.
 */
export async function startWorker(options: {
  script: string;
  bindings?: Record<string, string>;
}): Promise<RunningWorker> {
  const miniflare = new Miniflare({
    modules: true,
    script: options.script,
    bindings: options.bindings ?? {},
    // The workerd release that miniflare 4.20260426.0 ships.
    compatibilityDate: "2026-04-26",
  });
  await miniflare.ready;
  return {
    fetch: (path, init) => miniflare.dispatchFetch(new URL(path, "http://worker.test").href, init),
    close: () => miniflare.dispose(),
  };
}
