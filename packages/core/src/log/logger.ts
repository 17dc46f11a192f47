/** How much the client logs: `"off"`, `"error"`, `"warn"` (default), `"info"` or `"debug"`. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/**
 * A log sink; `console` fits. Lines never contain the API key.
 *
 * @example
 * ```ts
 * new Maxtoken({ logLevel: "debug", logger: { error: log, warn: log, info: log, debug: log } });
 * ```
 */
export interface Logger {
  /**
   * Not called by the client: a failure reaches your code as a thrown error, so logging it too
   * would report it twice. Part of the sink so that `console` and common loggers fit as they are.
   */
  error(message: string): void;
  /** A setting the client could not use and replaced, such as an unknown `MAXTOKEN_LOG` level. */
  warn(message: string): void;
  /** Each retry: what failed, which retry it is and how long the client waits before it. */
  info(message: string): void;
  /** Each attempt's method, URL, status, request id and timing, and the failure that ended a call. */
  debug(message: string): void;
}
