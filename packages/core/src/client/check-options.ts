import { MaxtokenError } from "../errors/maxtoken-error.ts";

/**
 * Refuses numeric options that would misbehave silently (`maxRetries: NaN`, what
 * `Number(process.env.UNSET)` gives, retried for ever; `timeout: 0` failed every request), with
 * an error naming the option and the value. `undefined` means "the default". Timeouts are
 * finite numbers > 0; `maxRetries` a whole number >= 0; the byte limits whole numbers > 0.
 */
export function checkOptions(options: object): void {
  for (const name of ["timeout", "idleTimeout", "maxRetries", "maxEventBytes", "maxErrorBodyBytes"]) {
    const value = (options as Record<string, unknown>)[name];
    const whole = name[0] === "m";
    if (
      value !== undefined &&
      !(
        typeof value === "number" &&
        value < Number.POSITIVE_INFINITY &&
        (name === "maxRetries" ? value >= 0 : value > 0) &&
        (!whole || Number.isInteger(value))
      )
    )
      throw new MaxtokenError(
        `Option ${name} must be a finite ${whole ? "whole number" : "number"} ${name === "maxRetries" ? ">=" : ">"} 0, not ${typeof value === "string" ? JSON.stringify(value) : String(value)}.`,
      );
  }
}
