// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
/**
 * The request body of `POST /chat/completions`. Fields this document does not name are passed
 * through to the API unchanged (the SDKs send them with `extraBody`).
 */
export interface ChatCompletionCreateParams {
  /**
   * The model to use, for example `claude-opus-4-6`. The known ids are suggested by editors;
   * any other id the API serves is accepted too. The vendor's page names `claude-opus-4-6`
   * as its default, but its examples send `claude-opus-4-5-20251101`: always send one.
   *
   * Minimum length: 1
   * Known values are suggested; any other string is accepted too.
   *
   * @example `"claude-opus-4-5-20251101"`
   */
  model: "claude-opus-4-6" | "claude-opus-4-5-20251101" | (string & {});
  /**
   * The conversation so far, oldest first. Each message has a `role` (`system`, `user` or
   * `assistant`) and `content` (a string, or an array of text parts).
   *
   * Minimum items: 1
   */
  messages: ChatCompletionMessageParam[];
  /**
   * Tools the model may use. Today that is the web search tool. Optional: the vendor's page
   * marks `tools` as required, but none of its own examples sends it.
   */
  tools?: WebSearchTool[];
  /**
   * When `true`, the answer is streamed as server-sent events of `chat.completion.chunk`
   * objects, ending with `data: [DONE]`.
   *
   * @defaultValue `false`
   */
  stream?: boolean;
  /**
   * Amount of randomness injected into the response, from 0.0 to 1.0 (not OpenAI's 0 to 2).
   * Use lower values for analytical tasks and higher values for creative ones.
   *
   * Range: 0..1
   *
   * @defaultValue `1`
   */
  temperature?: number;
  /**
   * Nucleus sampling: only the tokens making up the top `top_p` probability mass are
   * considered. From 0.0 to 1.0.
   *
   * Range: 0..1
   *
   * @defaultValue `1`
   */
  top_p?: number;
  /**
   * The maximum number of tokens to generate before stopping. When the limit is reached the
   * choice's `finish_reason` is `length`.
   *
   * Minimum: 1
   */
  max_tokens?: number;
  /**
   * Custom text sequences that will cause the model to stop generating.
   *
   * Each item: minimum length 1
   */
  stop?: string[];
  [key: string]: unknown;
}

/**
 * `ChatCompletionCreateParams` with `stream: true`: the answer is a `Stream` of `ChatCompletionChunk` events.
 */
export interface ChatCompletionCreateParamsStreaming extends ChatCompletionCreateParams {
  /**
   * When `true`, the answer is streamed as server-sent events of `chat.completion.chunk`
   * objects, ending with `data: [DONE]`.
   */
  stream: true;
}

/** `ChatCompletionCreateParams` without `stream: true`: the answer is one `ChatCompletion`. */
export interface ChatCompletionCreateParamsNonStreaming extends ChatCompletionCreateParams {
  /**
   * When `true`, the answer is streamed as server-sent events of `chat.completion.chunk`
   * objects, ending with `data: [DONE]`.
   */
  stream?: false;
}

/** One message of the conversation sent to the model. */
export interface ChatCompletionMessageParam {
  /** Who wrote the message: `system` (instructions), `user` or `assistant`. */
  role: "system" | "user" | "assistant";
  /** The text of the message, as a string or as an array of text parts. */
  content: string | ChatCompletionContentPartText[];
  [key: string]: unknown;
}

/** A part of a message's content made of text. */
export interface ChatCompletionContentPartText {
  /** The type of the content part. Always `text`. */
  type: "text";
  /**
   * The text content.
   *
   * @example `"What's the weather in NYC?"`
   */
  text: string;
  [key: string]: unknown;
}

/**
 * Lets the model search the web while it answers. Restrict the results with either
 * `allowed_domains` or `blocked_domains`, never both in the same request.
 *
 * Not allowed together: `allowed_domains`, `blocked_domains`.
 */
export interface WebSearchTool {
  /**
   * The tool's type. The vendor's page says `web_search` in its table and
   * `web_search_20250305` in its example; both are accepted.
   */
  type: "web_search" | "web_search_20250305";
  /** The tool's name. Optional; when sent, it is `web_search`. */
  name?: "web_search";
  /**
   * The maximum number of searches the model may perform in this request. If the model
   * attempts more, the web search result is an error with the code `max_uses_exceeded`
   * (see `WebSearchErrorCode`).
   *
   * Minimum: 1
   *
   * @example `5`
   */
  max_uses?: number;
  /**
   * Only include search results from these domains. Bare domains without a scheme
   * (`example.com`, not `https://example.com`). A domain covers its subdomains
   * (`example.com` covers `docs.example.com`); a subdomain restricts results to that
   * subdomain; subpaths are allowed (`example.com/blog`). Cannot be combined with
   * `blocked_domains`.
   *
   * @example `["example.com","trusteddomain.org"]`
   */
  allowed_domains?: WebSearchDomain[];
  /**
   * Never include search results from these domains. Same form as `allowed_domains`; cannot
   * be combined with it.
   *
   * @example `["untrustedsource.com"]`
   */
  blocked_domains?: WebSearchDomain[];
  [key: string]: unknown;
}

/**
 * A bare domain for the web search tool's filters, optionally with a subpath: `example.com`,
 * `docs.example.com`, `example.com/blog`. No scheme (`https://` is refused).
 *
 * Pattern: `^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+(?:/[^\s]*)?$`
 *
 * @example `"example.com"`
 */
export type WebSearchDomain = string;

/**
 * Error codes of the web search tool. `max_uses_exceeded`: the model attempted more searches
 * than the tool's `max_uses` allows. The vendor's page names the code but not where it appears
 * in a response, so no field is declared for it here; the SDKs keep unknown response fields, so
 * it reaches you wherever the API puts it.
 */
export type WebSearchErrorCode = "max_uses_exceeded";

/** The model's answer to a non-streamed request. */
export interface ChatCompletion {
  /**
   * A unique identifier of the completion.
   *
   * @example `"chatcmpl-abc123"`
   */
  id: string;
  /** The object type, always `chat.completion`. */
  object: "chat.completion";
  /**
   * When the completion was created, in Unix seconds.
   *
   * @example `1699896916`
   */
  created: number;
  /**
   * The model that produced the completion.
   *
   * @example `"claude-opus-4-6"`
   */
  model: string;
  /** The generated choices (one, unless the API says otherwise). */
  choices: ChatCompletionChoice[];
  /** Token counts of the request and the completion. */
  usage: CompletionUsage;
}

/** One generated answer. */
export interface ChatCompletionChoice {
  /**
   * The position of this choice in `choices`.
   *
   * Minimum: 0
   */
  index: number;
  /** The message the model generated. */
  message: ChatCompletionMessage;
  /**
   * Why the model stopped: `stop` (a natural end or a `stop` sequence), `length` (`max_tokens`
   * reached), or another reason the API may add later.
   *
   * Known values are suggested; any other string is accepted too.
   */
  finish_reason: "stop" | "length" | "content_filter" | "tool_calls" | (string & {});
}

/** The message the model generated. */
export interface ChatCompletionMessage {
  /**
   * The author of the message, `assistant`.
   *
   * Known values are suggested; any other string is accepted too.
   */
  role: "assistant" | (string & {});
  /** The text of the message. */
  content: string | null;
}

/**
 * One event of a streamed completion. Concatenate `choices[].delta.content` across chunks to
 * get the text; the last chunk of a choice carries its `finish_reason`.
 */
export interface ChatCompletionChunk {
  /**
   * The completion's identifier, the same in every chunk of a stream.
   *
   * @example `"chatcmpl-abc123"`
   */
  id: string;
  /** The object type, always `chat.completion.chunk`. */
  object: "chat.completion.chunk";
  /** When the completion was created, in Unix seconds. */
  created: number;
  /** The model that produces the completion. */
  model: string;
  /** The choices this chunk adds to. */
  choices: ChatCompletionChunkChoice[];
  /** Token counts; when present, on the last chunk of the stream. */
  usage?: CompletionUsage | null;
}

/** The part of one choice that a chunk carries. */
export interface ChatCompletionChunkChoice {
  /**
   * The position of the choice this delta belongs to.
   *
   * Minimum: 0
   */
  index: number;
  /** What a chunk adds to the message. */
  delta: ChatCompletionChunkDelta;
  /**
   * `null` until the choice ends; then why it ended (`stop`, `length`, or another reason the
   * API may add later).
   *
   * Known values are suggested; any other string is accepted too.
   */
  finish_reason?: "stop" | "length" | "content_filter" | "tool_calls" | (string & {}) | null;
}

/** What a chunk adds to the message. */
export interface ChatCompletionChunkDelta {
  /**
   * The author, sent on the first chunk of a choice.
   *
   * Known values are suggested; any other string is accepted too.
   */
  role?: "assistant" | (string & {});
  /** The next piece of the message's text. */
  content?: string | null;
}

/** Token counts of the request and the completion. */
export interface CompletionUsage {
  /**
   * Tokens in the prompt (the messages sent).
   *
   * Minimum: 0
   *
   * @example `3500`
   */
  prompt_tokens: number;
  /**
   * Tokens in the generated completion.
   *
   * Minimum: 0
   *
   * @example `285`
   */
  completion_tokens: number;
  /**
   * `prompt_tokens` + `completion_tokens`.
   *
   * Minimum: 0
   *
   * @example `3785`
   */
  total_tokens: number;
}

/** The body of every error response, and of an error event in a stream. */
export interface ErrorBody {
  /** What went wrong. */
  error: {
    /** What went wrong, for people. */
    message: string;
    /**
     * The kind of error, for programs: for example `invalid_request_error`,
     * `content_policy_violation` (HTTP 400), `authentication_error` (401),
     * `permission_error` or `insufficient_balance` (403), `rate_limit_error` (429),
     * `server_error` (500).
     *
     * Known values are suggested; any other string is accepted too.
     */
    type:
      | "invalid_request_error"
      | "content_policy_violation"
      | "authentication_error"
      | "permission_error"
      | "insufficient_balance"
      | "rate_limit_error"
      | "server_error"
      | (string & {});
    /**
     * A machine-readable code, or `null`. A content policy violation has `code: 503`
     * (the vendor's page calls it "503", but its HTTP status is 400).
     */
    code: number | string | null;
    /** The request field the error is about, or `null`. */
    param: string | null;
  };
}
