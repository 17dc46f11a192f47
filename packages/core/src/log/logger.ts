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
  /** Failures the call could not recover from. */
  error(message: string): void;
  /** Trouble the client worked around, such as a retry. */
  warn(message: string): void;
  /** One line per request and response. */
  info(message: string): void;
  /** Method, URL, status, attempt, request id and timings of each attempt. */
  debug(message: string): void;
}
