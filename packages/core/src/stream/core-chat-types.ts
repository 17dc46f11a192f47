/** The part of a streamed chat chunk that `finalChatCompletion()` reads; other fields are kept. */
export interface CoreChatCompletionChunk {
  id?: string;
  object?: string;
  created?: number;
  model?: string;
  choices?: Array<{
    index?: number;
    delta?: { role?: string; content?: string | null; [key: string]: unknown };
    finish_reason?: string | null;
    [key: string]: unknown;
  }>;
  usage?: unknown;
  [key: string]: unknown;
}

/** The non-streamed `chat.completion` shape that `finalChatCompletion()` builds from the chunks. */
export interface CoreChatCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: Array<{
    index: number;
    message: { role: string; content: string | null; [key: string]: unknown };
    finish_reason: string | null;
    [key: string]: unknown;
  }>;
  usage?: unknown;
  [key: string]: unknown;
}
