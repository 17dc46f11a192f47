// Generated from tools/generator/test/fixtures/extended/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
export { Acme } from "./client.gen.ts";
export { ChatCompletionsResource } from "./resources/chat-completions.gen.ts";
export { EmbeddingsResource } from "./resources/embeddings.gen.ts";
export { ModelsResource } from "./resources/models.gen.ts";
export { ModelsVersionsResource } from "./resources/models-versions.gen.ts";
export { SafetyResource } from "./resources/safety.gen.ts";
export type * from "./types.gen.ts";
