// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
import { checkRules, type RequestChecker, type Rule } from "@maxtoken/core/internal";

/** The spec's constraints: one rule per schema a request reaches; a number is the index of a rule. */
const rules: readonly Rule[] = [
  // 0: CreateFileParams
  {
    type: ["object"],
    required: ["file", "purpose"],
    additionalProperties: false,
    properties: { file: {}, purpose: { type: ["string"], enum: ["assistants", "fine-tune", "batch"] } },
  },
  // 1: CreateSpeechParams
  {
    type: ["object"],
    required: ["input", "voice"],
    properties: {
      input: { type: ["string"], maxLength: 4096 },
      voice: { oneOf: [6, 7], discriminator: "type" },
    },
  },
  // 2: CreateTranscriptionParams
  { type: ["object"], required: ["file"], properties: { language: { type: ["string"] } } },
  // 3: CreateTokenParams
  {
    type: ["object"],
    required: ["grant_type"],
    properties: {
      grant_type: { type: ["string"], const: "client_credentials" },
      scope: { type: ["array"], items: { type: ["string"] } },
    },
  },
  // 4: CreateAssistantParams
  { type: ["object"], properties: { name: { type: ["string"] } } },
  // 5: CreateCompletionParams
  {
    type: ["object"],
    required: ["prompt"],
    properties: { prompt: { type: ["string"] }, stream: { type: ["boolean", "null"] } },
  },
  // 6: NamedVoice
  {
    name: "NamedVoice",
    type: ["object"],
    required: ["type", "name"],
    properties: { type: { const: "named" }, name: { type: ["string"], enum: ["alloy", "echo"] } },
  },
  // 7: CustomVoice
  {
    name: "CustomVoice",
    type: ["object"],
    required: ["type", "id"],
    properties: { type: { const: "custom" }, id: { type: ["string"], minLength: 3 } },
  },
  // 8: ListModelsParameterValues
  {
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
  },
  // 9: RetrieveModelParameterValues
  {
    type: ["object"],
    required: ["model"],
    properties: { model: { type: ["string"], pattern: "^[a-z0-9-]+$" } },
  },
  // 10: DeleteModelParameterValues
  {
    type: ["object"],
    required: ["model"],
    properties: { model: { type: ["string"], pattern: "^[a-z0-9-]+$" } },
  },
  // 11: CreateAssistantParameterValues
  {
    type: ["object"],
    required: ["OpenAI-Beta"],
    properties: { "OpenAI-Beta": { type: ["string"], enum: ["assistants=v2"] } },
  },
];

/** Checks a `CreateFileParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateFileParams: RequestChecker = (body) => checkRules(rules, 0, body);

/** Checks a `CreateSpeechParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateSpeechParams: RequestChecker = (body) => checkRules(rules, 1, body);

/** Checks a `CreateTranscriptionParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateTranscriptionParams: RequestChecker = (body) => checkRules(rules, 2, body);

/** Checks a `CreateTokenParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateTokenParams: RequestChecker = (body) => checkRules(rules, 3, body);

/** Checks a `CreateAssistantParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateAssistantParams: RequestChecker = (body) => checkRules(rules, 4, body);

/** Checks a `CreateCompletionParams` before it is sent: the spec's constraints, field by field. */
export const checkCreateCompletionParams: RequestChecker = (body) => checkRules(rules, 5, body);

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkListModelsParameterValues: RequestChecker = (values) => checkRules(rules, 8, values);

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkRetrieveModelParameterValues: RequestChecker = (values) => checkRules(rules, 9, values);

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkDeleteModelParameterValues: RequestChecker = (values) => checkRules(rules, 10, values);

/** Checks an operation's path, query and header values (by their spec names) before the request is sent. */
export const checkCreateAssistantParameterValues: RequestChecker = (values) => checkRules(rules, 11, values);
