// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
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

/** The spec's `ModelUpdateParams` schema. */
const ModelUpdateParamsRule: Rule = {
  type: ["object"],
  required: ["description"],
  properties: {
    description: { type: ["string"], minLength: 1, maxLength: 200 },
    metadata: { type: ["object"] },
    labels: { type: ["object"], additionalProperties: { type: ["string"] }, properties: {} },
  },
};

/** The spec's `CreateEmbeddingParams` schema. */
const CreateEmbeddingParamsRule: Rule = {
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
};

/** The spec's `ModerateParams` schema. */
const ModerateParamsRule: Rule = {
  type: ["object"],
  required: ["input"],
  properties: { input: { type: ["string"], maxLength: 1000 } },
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

/** Checks a `ModelUpdateParams` before it is sent: the spec's constraints, field by field. */
export const checkModelUpdateParams: RequestChecker = (body) => checkRules(ModelUpdateParamsRule, body);

/** Checks a `CreateEmbeddingParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateEmbeddingParams: RequestChecker = (body) => checkRules(CreateEmbeddingParamsRule, body);

/** Checks a `ModerateParams` before it is sent: the spec's constraints, field by field. */
export const checkModerateParams: RequestChecker = (body) => checkRules(ModerateParamsRule, body);

const ListModelsParameterValuesRule: Rule = {
  type: ["object"],
  properties: { limit: { type: ["integer"], minimum: 1, maximum: 100 }, owned_by: { type: ["string"] } },
};

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkListModelsParameterValues: RequestChecker = (values) =>
  checkRules(ListModelsParameterValuesRule, values);
