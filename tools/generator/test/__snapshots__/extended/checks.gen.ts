// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";

/** The spec's constraints: one rule per schema a request reaches; a number is the index of a rule. */
const rules: readonly Rule[] = [
  // 0: ChatCompletionCreateParams
  {
    type: ["object"],
    required: ["model", "messages"],
    properties: {
      model: { type: ["string"] },
      messages: { type: ["array"], items: 4 },
      tools: { type: ["array"], items: 5 },
      stream: { type: ["boolean"] },
      temperature: { type: ["number"], minimum: 0, maximum: 1 },
      top_p: { type: ["number"], minimum: 0, maximum: 1 },
      max_tokens: { type: ["integer"] },
      stop: { type: ["array"], items: { type: ["string"] } },
    },
  },
  // 1: ModelUpdateParams
  {
    type: ["object"],
    required: ["description"],
    properties: {
      description: { type: ["string"], minLength: 1, maxLength: 200 },
      metadata: { type: ["object"] },
      labels: { type: ["object"], additionalProperties: { type: ["string"] }, properties: {} },
    },
  },
  // 2: CreateEmbeddingParams
  {
    type: ["object"],
    required: ["model", "input"],
    properties: {
      model: { type: ["string"] },
      input: {
        oneOf: [
          { type: ["string"], minLength: 1 },
          { type: ["array"], minItems: 1, maxItems: 16, items: { type: ["string"], minLength: 1 } },
        ],
      },
      dimensions: { type: ["integer"], minimum: 1, maximum: 4096 },
      encoding_format: { type: ["string"], enum: ["float", "base64"] },
    },
  },
  // 3: ModerateParams
  {
    type: ["object"],
    required: ["input"],
    properties: { input: { type: ["string"], maxLength: 1000 } },
  },
  // 4: ChatCompletionMessageParam
  {
    type: ["object"],
    required: ["role", "content"],
    properties: {
      role: { type: ["string"], enum: ["system", "user", "assistant"] },
      content: { oneOf: [{ type: ["string"] }, { type: ["array"], items: 6 }] },
    },
  },
  // 5: WebSearchTool
  {
    type: ["object"],
    required: ["type"],
    properties: {
      type: { type: ["string"] },
      name: { type: ["string"] },
      max_uses: { type: ["integer"] },
      allowed_domains: { type: ["array"], items: 7 },
      blocked_domains: { type: ["array"], items: 7 },
    },
    not: { required: ["allowed_domains", "blocked_domains"] },
  },
  // 6: ChatCompletionContentPartText
  {
    type: ["object"],
    required: ["type", "text"],
    properties: { type: { type: ["string"], enum: ["text"] }, text: { type: ["string"] } },
  },
  // 7: WebSearchDomain
  { type: ["string"], pattern: "^(?![A-Za-z][A-Za-z0-9+.-]*://)[^\\s/]+(?:/\\S*)?$" },
  // 8: ListModelsParameterValues
  {
    type: ["object"],
    properties: { limit: { type: ["integer"], minimum: 1, maximum: 100 }, owned_by: { type: ["string"] } },
  },
];

/** Checks a `ChatCompletionCreateParams` before it is sent: the spec's constraints, field by field. */
export const checkChatCompletionCreateParams: RequestChecker = (body) => checkRules(rules, 0, body);

/** Checks a `ModelUpdateParams` before it is sent: the spec's constraints, field by field. */
export const checkModelUpdateParams: RequestChecker = (body) => checkRules(rules, 1, body);

/** Checks a `CreateEmbeddingParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateEmbeddingParams: RequestChecker = (body) => checkRules(rules, 2, body);

/** Checks a `ModerateParams` before it is sent: the spec's constraints, field by field. */
export const checkModerateParams: RequestChecker = (body) => checkRules(rules, 3, body);

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkListModelsParameterValues: RequestChecker = (values) => checkRules(rules, 8, values);
