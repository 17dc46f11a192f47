// Generated from openapi/openapi.yaml by tools/generator. Do not edit: change the spec and run `pnpm generate`.
/**
 * The request body of `POST /chat/completions`. Fields this document does not name are passed
 * through to the API unchanged (the SDKs send them with `extraBody`).
 */
export interface ChatCompletionCreateParams {
  /**
   * The model to use, for example `claude-opus-4-6`. Known ids: `claude-opus-4-6` (the API's
   * default) and `claude-opus-4-5-20251101`; any other id the API serves is accepted too.
   * The SDKs require you to name one, so a request never depends on the default.
   *
   * Known values are suggested; any other string is accepted too.
   *
   * @example "claude-opus-4-6"
   */
  model: "claude-opus-4-6" | "claude-opus-4-5-20251101" | (string & {});
  /**
   * The conversation so far, oldest first. Each message has a `role` (`system`, `user` or
   * `assistant`) and `content` (a string, or an array of text parts). Send at least one
   * message.
   */
  messages: ChatCompletionMessageParam[];
  /**
   * Tools the model may use; for web search, include the web search tool. Optional: a request
   * without `tools` is answered without web search.
   */
  tools?: WebSearchTool[];
  /**
   * Whether to stream the response. When `true`, the answer is a `text/event-stream` of
   * `chat.completion.chunk` events (the operation's description says how to read them).
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
   * The maximum number of tokens to generate before stopping; a positive number.
   *
   * Assumed (not in maxtoken's documentation): a choice cut short by this limit has the
   * `finish_reason` `length`.
   */
  max_tokens?: number;
  /** Custom text sequences that will cause the model to stop generating. */
  stop?: string[];
}

/**
 * `ChatCompletionCreateParams` with `stream: true`: the answer is a `Stream` of `ChatCompletionChunk` events.
 */
export interface ChatCompletionCreateParamsStreaming extends ChatCompletionCreateParams {
  /**
   * Whether to stream the response. When `true`, the answer is a `text/event-stream` of
   * `chat.completion.chunk` events (the operation's description says how to read them).
   */
  stream: true;
}

/** `ChatCompletionCreateParams` without `stream: true`: the answer is one `ChatCompletion`. */
export interface ChatCompletionCreateParamsNonStreaming extends ChatCompletionCreateParams {
  /**
   * Whether to stream the response. When `true`, the answer is a `text/event-stream` of
   * `chat.completion.chunk` events (the operation's description says how to read them).
   */
  stream?: false;
}

/** One message of the conversation sent to the model. */
export interface ChatCompletionMessageParam {
  /** Who wrote the message: `system` (instructions), `user` or `assistant`. */
  role: "system" | "user" | "assistant";
  /** The content of the message, as a string or as an array of text parts. */
  content: string | ChatCompletionContentPartText[];
}

/** A part of a message's content made of text. */
export interface ChatCompletionContentPartText {
  /** The type of the content part. Always `text`. */
  type: "text";
  /**
   * The text content.
   *
   * @example "What's the weather in NYC?"
   */
  text: string;
}

/**
 * A tool the model may use; today the API documents one, the web search tool, whose fields are
 * described here. Restrict the results with either `allowed_domains` or `blocked_domains`,
 * never both in the same request.
 *
 * Not allowed together: `allowed_domains`, `blocked_domains`.
 */
export interface WebSearchTool {
  /**
   * The tool's type: `web_search` for web search, or its dated version `web_search_20250305`.
   * Any other type is sent as it is, so a later dated version or a tool type the API adds
   * works without an SDK update.
   *
   * Known values are suggested; any other string is accepted too.
   */
  type: "web_search" | "web_search_20250305" | (string & {});
  /**
   * The tool's name. Optional; `web_search` for the web search tool.
   *
   * Known values are suggested; any other string is accepted too.
   */
  name?: "web_search" | (string & {});
  /**
   * The maximum number of searches the model may perform in this request. If the model
   * attempts more, the web search result is an error with the code `max_uses_exceeded`
   * (see `WebSearchErrorCode`).
   *
   * @example 5
   */
  max_uses?: number;
  /**
   * Only include search results from these domains. Each is a domain without a scheme
   * (`example.com`, not `https://example.com`); see `WebSearchDomain` for subdomains and
   * subpaths. Cannot be combined with `blocked_domains`.
   *
   * @example ["example.com","trusteddomain.org"]
   */
  allowed_domains?: WebSearchDomain[];
  /**
   * Never include search results from these domains. Same form as `allowed_domains`; cannot
   * be combined with it.
   *
   * @example ["untrustedsource.com"]
   */
  blocked_domains?: WebSearchDomain[];
}

/**
 * A domain for the web search tool's filters, written without a scheme: `example.com`, not
 * `https://example.com`. A domain covers its subdomains (`example.com` covers
 * `docs.example.com`); a subdomain (`docs.example.com`) restricts results to that subdomain
 * only; a subpath narrows it further (`example.com/blog`).
 *
 * Checked before sending: no scheme (`https://`, or any `name://`), a host before the first `/`,
 * and no whitespace. Anything else is left to the API to judge: internationalised names
 * (`bücher.de`), single labels (`localhost`), a trailing dot (`example.com.`), ports.
 *
 * Pattern: `^(?![A-Za-z][A-Za-z0-9+.-]*://)[^\s/]+(?:/\S*)?$`
 *
 * @example "example.com"
 */
export type WebSearchDomain = string;

/**
 * Error codes of the web search tool. `max_uses_exceeded`: the model attempted more searches
 * than the tool's `max_uses` allows. Where it appears in a response is not documented, so no
 * field is declared for it here; the SDKs keep unknown response fields, so it reaches you
 * wherever the API puts it.
 */
export type WebSearchErrorCode = "max_uses_exceeded";

/** The model's answer to a non-streamed request. */
export interface ChatCompletion {
  /**
   * A unique identifier of the completion.
   *
   * @example "chatcmpl-abc123"
   */
  id: string;
  /** The object type, always `chat.completion`. */
  object: "chat.completion";
  /**
   * When the completion was created, in Unix seconds.
   *
   * @example 1699896916
   */
  created: number;
  /**
   * The model that produced the completion.
   *
   * @example "claude-opus-4-6"
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
   * reached), `content_filter` (content withheld), or another reason the API may add later.
   *
   * Assumed (not in maxtoken's documentation): the values `length` and `content_filter`.
   *
   * Known values are suggested; any other string is accepted too.
   */
  finish_reason: "stop" | "length" | "content_filter" | (string & {});
}

/** The message the model generated. */
export interface ChatCompletionMessage {
  /**
   * The author of the message, `assistant`.
   *
   * Known values are suggested; any other string is accepted too.
   */
  role: "assistant" | (string & {});
  /**
   * The text of the message.
   *
   * Assumed (not in maxtoken's documentation): `null` when the message has no text, as in
   * other OpenAI-style APIs. Every documented answer carries a string.
   */
  content: string | null;
}

/**
 * One event of a streamed completion: the JSON in one `data:` line of the `text/event-stream`.
 * Concatenate `choices[].delta.content` across chunks to get the text; the last chunk of a
 * choice carries its `finish_reason`.
 *
 * Assumed (not in maxtoken's documentation): this shape, OpenAI's `chat.completion.chunk`.
 */
export interface ChatCompletionChunk {
  /**
   * The completion's identifier, the same in every chunk of a stream.
   *
   * @example "chatcmpl-abc123"
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
  /**
   * Token counts of the whole completion, or `null`.
   *
   * Assumed (not in maxtoken's documentation): when present, on the last chunk of the stream.
   */
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
   * `null` until the choice ends; then why it ended, as in a non-streamed choice (`stop`,
   * `length`, `content_filter`, or another reason the API may add later).
   *
   * Assumed (not in maxtoken's documentation): the values `length` and `content_filter`.
   *
   * Known values are suggested; any other string is accepted too.
   */
  finish_reason?: "stop" | "length" | "content_filter" | (string & {}) | null;
}

/** What a chunk adds to the message. */
export interface ChatCompletionChunkDelta {
  /**
   * The author, `assistant`, sent on the first chunk of a choice.
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
   * @example 3500
   */
  prompt_tokens: number;
  /**
   * Tokens in the generated completion.
   *
   * Minimum: 0
   *
   * @example 285
   */
  completion_tokens: number;
  /**
   * `prompt_tokens` + `completion_tokens`.
   *
   * Minimum: 0
   *
   * @example 3785
   */
  total_tokens: number;
}

/**
 * The body of every error response, and the `data` of an `event: error` event in a stream.
 *
 * Assumed (not in maxtoken's documentation): this shape and its four fields, OpenAI's error
 * body. The SDKs still read a body that lacks some of them.
 */
export interface ErrorBody {
  /** What went wrong. */
  error: {
    /** What went wrong, for people. */
    message: string;
    /**
     * The kind of error, for programs: `invalid_request_error`, `content_policy_violation`
     * (HTTP 400), `authentication_error` (401), `permission_error` or `insufficient_balance`
     * (403), `rate_limit_error` (429), `server_error` (500), or another kind the API may
     * add.
     *
     * Assumed (not in maxtoken's documentation): these strings.
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
     * A machine-readable code, or `null`. A content policy violation has `code: 503` (the
     * error's code; its HTTP status is 400).
     *
     * Assumed (not in maxtoken's documentation): where the 503 appears.
     */
    code: number | string | null;
    /** The request field the error is about, or `null`. */
    param: string | null;
  };
}

/**
 * The server-sent event that reports a failure after a streamed response has started: an
 * `event: error` line, then one `data:` line holding an `ErrorBody` as JSON. The stream ends
 * after it. A `data:` line without `event: error` whose JSON holds an `error` object reports a
 * failure the same way.
 *
 * Assumed (not in maxtoken's documentation): this event.
 *
 * @example {"event":"error","data":"{\"error\":{\"message\":\"An internal server error occurred.\",\"type\":\"server_error\",\"code\":null,\"param\":null}}"}
 */
export interface StreamErrorEvent {
  /** The name of the event, from its `event:` line. */
  event: "error";
  /** The data of the event (its `data:` lines): an `ErrorBody` as JSON. */
  data: string;
}
