// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
export { Shapes } from "./client.gen.ts";
export { AssistantsResource } from "./resources/assistants.gen.ts";
export { AudioSpeechResource } from "./resources/audio-speech.gen.ts";
export { AudioTranscriptionsResource } from "./resources/audio-transcriptions.gen.ts";
export { CompletionsResource } from "./resources/completions.gen.ts";
export { FilesResource } from "./resources/files.gen.ts";
export { ModelsResource } from "./resources/models.gen.ts";
export { OauthTokenResource } from "./resources/oauth-token.gen.ts";
export { UploadsPartsResource } from "./resources/uploads-parts.gen.ts";
export type * from "./types.gen.ts";
