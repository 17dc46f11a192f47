// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";

/** The spec's `ChatCompletionCreateParams` schema. */
const ChatCompletionCreateParamsRule: Rule = {
  type: ["object"],
  required: ["model", "messages"],
  properties: {
    model: { type: ["string"] },
    messages: { type: ["array"], items: () => ChatCompletionMessageParamRule },
    tools: { type: ["array"], items: () => WebSearchToolRule },
    stream: { type: ["boolean"] },
    temperature: { type: ["number"], minimum: 0, maximum: 1 },
    top_p: { type: ["number"], minimum: 0, maximum: 1 },
    max_tokens: { type: ["integer"] },
    stop: { type: ["array"], items: { type: ["string"] } },
  },
};

/** The spec's `ChatCompletionMessageParam` schema. */
const ChatCompletionMessageParamRule: Rule = {
  type: ["object"],
  required: ["role", "content"],
  properties: {
    role: { type: ["string"], enum: ["system", "user", "assistant"] },
    content: {
      oneOf: [{ type: ["string"] }, { type: ["array"], items: () => ChatCompletionContentPartTextRule }],
    },
  },
};

/** The spec's `WebSearchTool` schema. */
const WebSearchToolRule: Rule = {
  type: ["object"],
  required: ["type"],
  properties: {
    type: { type: ["string"] },
    name: { type: ["string"] },
    max_uses: { type: ["integer"] },
    allowed_domains: { type: ["array"], items: () => WebSearchDomainRule },
    blocked_domains: { type: ["array"], items: () => WebSearchDomainRule },
  },
  not: { required: ["allowed_domains", "blocked_domains"] },
};

/** The spec's `ChatCompletionContentPartText` schema. */
const ChatCompletionContentPartTextRule: Rule = {
  type: ["object"],
  required: ["type", "text"],
  properties: { type: { type: ["string"], enum: ["text"] }, text: { type: ["string"] } },
};

/** The spec's `WebSearchDomain` schema. */
const WebSearchDomainRule: Rule = { type: ["string"], pattern: "^(?![A-Za-z][A-Za-z0-9+.-]*://)[^\\s/]+(?:/\\S*)?$" };

/** Checks a `ChatCompletionCreateParams` before it is sent: the spec's constraints, field by field. */
export const checkChatCompletionCreateParams: RequestChecker = (body) =>
  checkRules(ChatCompletionCreateParamsRule, body);
