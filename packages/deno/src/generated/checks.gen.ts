// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";

/** The spec's constraints: one rule per schema a request reaches; a number is the index of a rule. */
const rules: readonly Rule[] = [
  // 0: ChatCompletionCreateParams
  {
    type: ["object"],
    required: ["model", "messages"],
    properties: {
      model: { type: ["string"] },
      messages: { type: ["array"], items: 1 },
      tools: { type: ["array"], items: 2 },
      stream: { type: ["boolean"] },
      temperature: { type: ["number"], minimum: 0, maximum: 1 },
      top_p: { type: ["number"], minimum: 0, maximum: 1 },
      max_tokens: { type: ["integer"] },
      stop: { type: ["array"], items: { type: ["string"] } },
    },
  },
  // 1: ChatCompletionMessageParam
  {
    type: ["object"],
    required: ["role", "content"],
    properties: {
      role: { type: ["string"], enum: ["system", "user", "assistant"] },
      content: { oneOf: [{ type: ["string"] }, { type: ["array"], items: 3 }] },
    },
  },
  // 2: WebSearchTool
  {
    type: ["object"],
    required: ["type"],
    properties: {
      type: { type: ["string"] },
      name: { type: ["string"] },
      max_uses: { type: ["integer"] },
      allowed_domains: { type: ["array"], items: 4 },
      blocked_domains: { type: ["array"], items: 4 },
    },
    not: { required: ["allowed_domains", "blocked_domains"] },
  },
  // 3: ChatCompletionContentPartText
  {
    type: ["object"],
    required: ["type", "text"],
    properties: { type: { type: ["string"], enum: ["text"] }, text: { type: ["string"] } },
  },
  // 4: WebSearchDomain
  { type: ["string"], pattern: "^(?![A-Za-z][A-Za-z0-9+.-]*://)[^\\s/]+(?:/\\S*)?$" },
];

/** Checks a `ChatCompletionCreateParams` before it is sent: the spec's constraints, field by field. */
export const checkChatCompletionCreateParams: RequestChecker = (body) => checkRules(rules, 0, body);
