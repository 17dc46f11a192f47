import type { ProxyOperation } from "./proxy-operation.ts";
import type { ProxyRefusal } from "./proxy-refusal.ts";

/** What a policy sees of a request, before anything is sent upstream. */
export interface ProxyPolicyInput {
  /** The caller's request as it arrived: its cookies and headers carry your app's session. */
  request: Request;
  /** The spec operation the request is for. */
  operation: ProxyOperation;
  /** The parsed JSON body (an object), or `undefined` for an operation without a body. */
  body: Record<string, unknown> | undefined;
}

/** A policy's answer for one request that may go on. */
export interface ProxyDecision {
  /**
   * Who is calling, as your app knows them (a user id): it goes into the proxy's log lines.
   * `null`, `undefined` or `""` (no session) refuses the request with 401.
   */
  caller: string | null | undefined;
  /** The models this caller may use; a body naming another model is refused with 403. Default: any. */
  models?: readonly string[];
  /**
   * The `max_tokens` ceiling: a body asking for more is refused with 400; a body without
   * `max_tokens` is sent with the ceiling. Default: none.
   */
  maxTokens?: number;
  /**
   * The body to send upstream instead of the caller's (e.g. with your `user` field). The model
   * and `max_tokens` checks apply to it.
   */
  body?: Record<string, unknown>;
}

/**
 * Decides, per request and before anything goes upstream, who the caller is and what they may
 * do. Return a {@link ProxyDecision}; to refuse with your own message, throw or return a
 * {@link ProxyRefusal}. Any other error answers 500 without its message (it is logged, redacted).
 *
 * @example
 * ```ts
 * const policy: ProxyPolicy = async ({ request }) => {
 *   const user = await sessions.userFor(request.headers.get("cookie"));
 *   return { caller: user?.id, models: ["claude-opus-4-6"], maxTokens: 1024 };
 * };
 * ```
 */
export type ProxyPolicy = (
  input: ProxyPolicyInput,
) => ProxyDecision | ProxyRefusal | Promise<ProxyDecision | ProxyRefusal>;
