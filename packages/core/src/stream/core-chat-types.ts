/** The part of a streamed chat chunk that `finalChatCompletion()` reads; other fields are kept. */
export interface CoreChatCompletionChunk {
  /** The completion's identifier, the same in every chunk. */
  id?: string;
  /** `"chat.completion.chunk"`. */
  object?: string;
  /** Unix seconds. */
  created?: number;
  /** The model producing the completion. */
  model?: string;
  /** What this chunk adds to each choice. */
  choices?: Array<{
    /** The choice this delta belongs to. */
    index?: number;
    /** The next piece of the message. */
    delta?: {
      /** The author, on the first chunk of a choice. */
      role?: string;
      /** The next piece of text. */
      content?: string | null;
      [key: string]: unknown;
    };
    /** `null` until the choice ends. */
    finish_reason?: string | null;
    [key: string]: unknown;
  }>;
  /** Token counts, on the last chunk when the server sends them. */
  usage?: unknown;
  [key: string]: unknown;
}

/** The non-streamed `chat.completion` shape that `finalChatCompletion()` builds from the chunks. */
export interface CoreChatCompletion {
  /** The completion's identifier. */
  id: string;
  /** Always `"chat.completion"`. */
  object: "chat.completion";
  /** Unix seconds. */
  created: number;
  /** The model that produced the completion. */
  model: string;
  /** One entry per choice, in index order. */
  choices: Array<{
    /** The choice's position. */
    index: number;
    /** The accumulated message. */
    message: {
      /** The author, `"assistant"`. */
      role: string;
      /** The concatenated text of the deltas. */
      content: string | null;
      [key: string]: unknown;
    };
    /** Why the choice ended, or `null` if the stream ended without saying. */
    finish_reason: string | null;
    [key: string]: unknown;
  }>;
  /** Token counts, when the stream carried them. */
  usage?: unknown;
  [key: string]: unknown;
}
