// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";

/** The spec's `CreateFileParams` schema. */
const CreateFileParamsRule: Rule = {
  type: ["object"],
  required: ["file", "purpose"],
  additionalProperties: false,
  properties: { file: {}, purpose: { type: ["string"], enum: ["assistants", "fine-tune", "batch"] } },
};

/** The spec's `CreateSpeechParams` schema. */
const CreateSpeechParamsRule: Rule = {
  type: ["object"],
  required: ["input", "voice"],
  properties: {
    input: { type: ["string"], maxLength: 4096 },
    voice: { oneOf: [() => NamedVoiceRule, () => CustomVoiceRule], discriminator: "type" },
  },
};

/** The spec's `CreateTranscriptionParams` schema. */
const CreateTranscriptionParamsRule: Rule = {
  type: ["object"],
  required: ["file"],
  properties: { language: { type: ["string"] } },
};

/** The spec's `CreateTokenParams` schema. */
const CreateTokenParamsRule: Rule = {
  type: ["object"],
  required: ["grant_type"],
  properties: {
    grant_type: { type: ["string"], const: "client_credentials" },
    scope: { type: ["array"], items: { type: ["string"] } },
  },
};

/** The spec's `CreateAssistantParams` schema. */
const CreateAssistantParamsRule: Rule = { type: ["object"], properties: { name: { type: ["string"] } } };

/** The spec's `CreateCompletionParams` schema. */
const CreateCompletionParamsRule: Rule = {
  type: ["object"],
  required: ["prompt"],
  properties: { prompt: { type: ["string"] }, stream: { type: ["boolean", "null"] } },
};

/** The spec's `NamedVoice` schema. */
const NamedVoiceRule: Rule = {
  name: "NamedVoice",
  type: ["object"],
  required: ["type", "name"],
  properties: { type: { const: "named" }, name: { type: ["string"], enum: ["alloy", "echo"] } },
};

/** The spec's `CustomVoice` schema. */
const CustomVoiceRule: Rule = {
  name: "CustomVoice",
  type: ["object"],
  required: ["type", "id"],
  properties: { type: { const: "custom" }, id: { type: ["string"], minLength: 3 } },
};

/** Checks a `CreateFileParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateFileParams: RequestChecker = (body) => checkRules(CreateFileParamsRule, body);

/** Checks a `CreateSpeechParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateSpeechParams: RequestChecker = (body) => checkRules(CreateSpeechParamsRule, body);

/** Checks a `CreateTranscriptionParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateTranscriptionParams: RequestChecker = (body) => checkRules(CreateTranscriptionParamsRule, body);

/** Checks a `CreateTokenParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateTokenParams: RequestChecker = (body) => checkRules(CreateTokenParamsRule, body);

/** Checks a `CreateAssistantParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateAssistantParams: RequestChecker = (body) => checkRules(CreateAssistantParamsRule, body);

/** Checks a `CreateCompletionParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateCompletionParams: RequestChecker = (body) => checkRules(CreateCompletionParamsRule, body);

const ListModelsParameterValuesRule: Rule = {
  type: ["object"],
  properties: {
    limit: { type: ["integer"], minimum: 1, maximum: 100 },
    ids: { type: ["array"], items: { type: ["string"] } },
    tags: { type: ["array"], items: { type: ["string"] } },
    metadata: {
      type: ["object"],
      maxProperties: 2,
      additionalProperties: { type: ["string"] },
      properties: {},
    },
    "OpenAI-Organization": { type: ["string"], minLength: 1 },
  },
};

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkListModelsParameterValues: RequestChecker = (values) =>
  checkRules(ListModelsParameterValuesRule, values);

const RetrieveModelParameterValuesRule: Rule = {
  type: ["object"],
  required: ["model"],
  properties: { model: { type: ["string"], pattern: "^[a-z0-9-]+$" } },
};

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkRetrieveModelParameterValues: RequestChecker = (values) =>
  checkRules(RetrieveModelParameterValuesRule, values);

const DeleteModelParameterValuesRule: Rule = {
  type: ["object"],
  required: ["model"],
  properties: { model: { type: ["string"], pattern: "^[a-z0-9-]+$" } },
};

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkDeleteModelParameterValues: RequestChecker = (values) =>
  checkRules(DeleteModelParameterValuesRule, values);

const CreateAssistantParameterValuesRule: Rule = {
  type: ["object"],
  required: ["OpenAI-Beta"],
  properties: { "OpenAI-Beta": { type: ["string"], enum: ["assistants=v2"] } },
};

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkCreateAssistantParameterValues: RequestChecker = (values) =>
  checkRules(CreateAssistantParameterValuesRule, values);
