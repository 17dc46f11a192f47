import type { ProxyDecision } from "./proxy-policy.ts";
import { ProxyRefusal } from "./proxy-refusal.ts";

/**
 * Applies a policy's decision to a request body: the caller must be known, the model allowed and
 * `max_tokens` under the ceiling (set to it when absent). Returns the body to send upstream
 * (`undefined` for an operation without a body) or the refusal.
 */
export function applyDecision(
  decision: ProxyDecision | undefined,
  body: Record<string, unknown> | undefined,
): { body: Record<string, unknown> | undefined } | ProxyRefusal {
  // An empty id is no caller either (a cookie parser's "" for a missing session).
  if (typeof decision?.caller !== "string" || decision.caller === "") {
    return new ProxyRefusal(401, "Sign in first: this proxy serves only callers with a session.", {
      code: "no_session",
    });
  }
  if (body === undefined) return { body };
  let outgoing = decision.body ?? body;
  if (decision.models !== undefined) {
    const model = outgoing.model;
    if (typeof model !== "string" || !decision.models.includes(model)) {
      return new ProxyRefusal(403, `The model ${JSON.stringify(model)} is not allowed here.`, {
        code: "model_not_allowed",
        param: "model",
      });
    }
  }
  if (decision.maxTokens !== undefined) {
    const requested = outgoing.max_tokens;
    if (requested === undefined || requested === null) {
      outgoing = { ...outgoing, max_tokens: decision.maxTokens };
    } else if (typeof requested !== "number" || requested > decision.maxTokens) {
      return new ProxyRefusal(400, `max_tokens must be at most ${decision.maxTokens} here.`, {
        code: "max_tokens_too_large",
        param: "max_tokens",
      });
    }
  }
  return { body: outgoing };
}
