// Generated from tools/generator/test/fixtures/shapes/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
export interface Model {
  id: string;
  owned_by?: string;
}

export interface ModelList {
  data: Model[];
}

export interface FileObject {
  id: string;
  bytes: number;
}

export interface NamedVoice {
  /** discriminator enum property added by openapi-typescript */
  type: "named";
  name: "alloy" | "echo";
}

export interface CustomVoice {
  /** discriminator enum property added by openapi-typescript */
  type: "custom";
  /** Minimum length: 3 */
  id: string;
}

export interface Completion {
  text: string;
}

export interface ListModelsParameters {
  /** Range: 1..100 */
  limit?: number;
  ids?: string[];
  tags?: string[];
  metadata?: {
    [key: string]: string;
  };
  /**
   * The organization to bill.
   *
   * Minimum length: 1
   */
  "OpenAI-Organization"?: string;
}

export interface CreateFileParams {
  /**
   * The file to upload.
   *
   * Format: binary
   */
  file: Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;
  purpose: "assistants" | "fine-tune" | "batch";
}

export interface CreateSpeechParams {
  /** Maximum length: 4096 */
  input: string;
  voice: NamedVoice | CustomVoice;
}

export interface CreateTranscriptionParams {
  file: Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;
  language?: string;
}

export interface AddUploadPartResponse {
  id: string;
}

export interface CreateTokenParams {
  grant_type: "client_credentials";
  scope?: string[];
}

export interface CreateTokenResponse {
  access_token: string;
}

export interface CreateAssistantParameters {
  "OpenAI-Beta": "assistants=v2";
}

export interface CreateAssistantParams {
  name?: string;
}

export interface CreateAssistantResponse {
  id: string;
}

export interface CreateCompletionParams {
  prompt: string;
  stream?: boolean | null;
}

/** `CreateCompletionParams` with `stream: true`: the answer is a `Stream` of `Completion` events. */
export interface CreateCompletionParamsStreaming extends CreateCompletionParams {
  stream: true;
}

/** `CreateCompletionParams` without `stream: true`: the answer is one `Completion`. */
export interface CreateCompletionParamsNonStreaming extends CreateCompletionParams {
  stream?: false | null;
}
