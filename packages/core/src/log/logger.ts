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
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}
