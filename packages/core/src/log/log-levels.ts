import type { LogLevel } from "./logger.ts";

/** The levels in order: a level logs itself and every level before it. */
export const LOG_LEVELS: readonly LogLevel[] = ["off", "error", "warn", "info", "debug"];
