// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
export { Maxtoken } from "./client.gen.ts";
export { ChatCompletionsResource } from "./resources/chat-completions.gen.ts";
export type * from "./types.gen.ts";
