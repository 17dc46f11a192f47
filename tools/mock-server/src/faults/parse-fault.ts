import type { FaultSpec } from "./fault-spec.ts";
import { FaultSyntaxError } from "./fault-syntax-error.ts";

/** Flags that take no value, and what they stand for. */
const FLAGS: Record<string, FaultSpec> = {
  none: {},
  reset: { reset: true },
  "no-done": { noDone: true },
  "no-finish": { noFinish: true },
  "error-event-first": { errorEventFirst: true },
  "malformed-json": { malformedJson: true },
  "html-502": { html: true, status: 502 },
  html: { html: true },
  "content-policy": { status: 400, type: "content_policy_violation" },
  "insufficient-balance": { status: 403, type: "insufficient_balance" },
  "permission-denied": { status: 403, type: "permission_error" },
  "rate-limit": { status: 429 },
  "server-error": { status: 500 },
};

/** The keys that take a value, and how each is read into a {@link FaultSpec}. */
const KEYS: Record<string, (value: string, fail: (why: string) => never) => FaultSpec> = {
  status: (value, fail) => {
    const status = integer(value, fail);
    if (status < 400 || status > 599) fail(`status must be between 400 and 599 (got ${value})`);
    return { status };
  },
  type: (value) => ({ type: value }),
  code: (value) => ({ code: value === "null" ? null : /^-?\d+$/.test(value) ? Number(value) : value }),
  message: (value) => ({ message: value }),
  param: (value) => ({ param: value === "null" ? null : value }),
  "retry-after": (value) => ({ retryAfter: value }),
  "retry-after-ms": (value, fail) => ({ retryAfterMs: integer(value, fail) }),
  "x-should-retry": (value, fail) => {
    if (value !== "true" && value !== "false") fail(`x-should-retry must be true or false (got ${value})`);
    return { shouldRetry: value === "true" };
  },
  latency: (value, fail) => ({ latencyMs: integer(value, fail) }),
  "chunk-delay": (value, fail) => ({ chunkDelayMs: integer(value, fail) }),
  "cut-after": (value, fail) => ({ cutAfter: integer(value, fail) }),
  "error-event-after": (value, fail) => ({ errorEventAfter: integer(value, fail) }),
  "fail-first": (value, fail) => ({ failFirst: integer(value, fail) }),
};

function integer(value: string, fail: (why: string) => never): number {
  if (!/^\d+$/.test(value)) fail(`expected a non-negative integer, got "${value}"`);
  return Number(value);
}

/** Every flag and key the fault syntax knows, for help texts. */
export const FAULT_KEYWORDS: readonly string[] = [...Object.keys(FLAGS), ...Object.keys(KEYS).map((key) => `${key}=`)];

/**
 * Parses a fault string: parts separated by `;`, each a flag (`reset`) or `key=value`
 * (`status=429`). Whitespace around parts is ignored; later parts override earlier ones.
 *
 * Flags: `none`, `reset`, `no-done`, `no-finish`, `error-event-first`, `malformed-json`,
 * `html-502` (`html` with `status=`), and the shorthands `content-policy` (400
 * `content_policy_violation`, code 503), `insufficient-balance` (403), `permission-denied`
 * (403), `rate-limit` (429), `server-error` (500).
 *
 * Keys: `status`, `type`, `code`, `message`, `param`, `retry-after`, `retry-after-ms`,
 * `x-should-retry`, `latency`, `chunk-delay`, `cut-after`, `error-event-after`, `fail-first`.
 *
 * @example parseFault("status=429;retry-after-ms=20") // { status: 429, retryAfterMs: 20 }
 * @example parseFault("fail-first=2;status=503")      // { failFirst: 2, status: 503 }
 * @throws {FaultSyntaxError} on an unknown flag or key, or a bad value.
 */
export function parseFault(text: string): FaultSpec {
  const fault: FaultSpec = {};
  for (const rawPart of text.split(";")) {
    const part = rawPart.trim();
    if (part === "") continue;
    const fail = (why: string): never => {
      throw new FaultSyntaxError(text, `${why} in "${part}"`);
    };
    const equals = part.indexOf("=");
    if (equals === -1) {
      const flag = FLAGS[part.toLowerCase()];
      if (flag === undefined) {
        fail(`unknown flag (known: ${Object.keys(FLAGS).join(", ")}; keys: ${Object.keys(KEYS).join(", ")})`);
      }
      Object.assign(fault, flag);
      continue;
    }
    const key = part.slice(0, equals).trim().toLowerCase();
    const value = part.slice(equals + 1).trim();
    const read = KEYS[key];
    if (read === undefined) fail(`unknown key "${key}" (known: ${Object.keys(KEYS).join(", ")})`);
    Object.assign(fault, read!(value, fail));
  }
  return fault;
}
