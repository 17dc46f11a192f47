import { countTokens, tokenize } from "./tokenize.ts";

/** The parts of a chat request that the reply depends on (other fields are ignored). */
export interface ReplyRequest {
  /** The conversation; the last `user` message drives the reply. */
  messages: ReadonlyArray<{
    /** `system`, `user` or `assistant`. */
    role: string;
    /** A string, or an array of text parts (`{ type: "text", text }`). */
    content: unknown;
  }>;
  /** Stop after this many tokens, with `finish_reason: "length"`. */
  max_tokens?: number;
  /** Cut the reply before the first of these sequences, with `finish_reason: "stop"`. */
  stop?: readonly string[];
}

/** How the reply text is made. */
export interface ReplyOptions {
  /**
   * Without a seed (the default) the reply echoes the last user message:
   * `You said: <text>`. With a seed it is a pseudo-random sentence of 8 to 31 words from a
   * fixed word list, chosen by the seed and the last user message together: the same seed and
   * message always give the same sentence.
   */
  seed?: number;
}

/** The mock's answer to one request, before it is shaped as a completion or as chunks. */
export interface Reply {
  /** The full text of the answer (after `stop` and `max_tokens`). */
  text: string;
  /** The text split into tokens (one stream chunk each); `tokens.join("") === text`. */
  tokens: string[];
  /** `stop` (natural end or a stop sequence) or `length` (`max_tokens` reached). */
  finishReason: "stop" | "length";
  /** Token counts: `prompt_tokens + completion_tokens === total_tokens`. */
  usage: {
    /** Words in the content of every message of the request. */
    prompt_tokens: number;
    /** Tokens in the reply (the chunks of a stream). */
    completion_tokens: number;
    /** `prompt_tokens + completion_tokens`. */
    total_tokens: number;
  };
}

/** The text of a message's `content`: a string, or its text parts joined by a new line. */
export function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((part) =>
        part !== null && typeof part === "object" && typeof (part as { text?: unknown }).text === "string"
          ? (part as { text: string }).text
          : "",
      )
      .join("\n");
  }
  return "";
}

/** The text of the last `user` message, or `""` when there is none. */
export function lastUserText(messages: ReplyRequest["messages"]): string {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role === "user") return contentText(message.content);
  }
  return "";
}

const WORDS = [
  "the",
  "model",
  "answers",
  "quietly",
  "with",
  "a",
  "token",
  "stream",
  "of",
  "plain",
  "words",
  "every",
  "request",
  "gets",
  "its",
  "own",
  "reply",
  "mock",
  "server",
  "tests",
  "run",
  "offline",
  "and",
  "fast",
  "on",
  "loopback",
  "spec",
  "says",
  "what",
  "each",
  "field",
  "means",
  "retries",
  "back",
  "off",
  "then",
  "succeed",
  "chunks",
  "arrive",
  "in",
  "order",
  "until",
  "done",
  "is",
  "sent",
  "deterministic",
  "seeded",
  "text",
  "for",
  "your",
  "resilience",
  "checks",
];

/** A 32-bit FNV-1a hash of a text, mixed with a seed. */
function hash(seed: number, text: string): number {
  let value = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** mulberry32: a small, fast, deterministic pseudo-random generator. */
function random(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seeded sentence for a seed and a message (see {@link ReplyOptions.seed}). */
export function seededText(seed: number, message: string): string {
  const next = random(hash(seed, message));
  const count = 8 + Math.floor(next() * 24);
  const words: string[] = [];
  for (let index = 0; index < count; index++) words.push(WORDS[Math.floor(next() * WORDS.length)]!);
  const sentence = words.join(" ");
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}

/**
 * Computes the mock's deterministic reply to a chat request.
 *
 * 1. The text is `You said: <last user message>` (or the seeded sentence, see
 *    {@link ReplyOptions.seed}).
 * 2. `stop`: the text is cut before the earliest occurrence of any stop sequence
 *    (`finish_reason: "stop"`).
 * 3. The text is split into tokens, each word with the whitespace before it ({@link tokenize}).
 * 4. `max_tokens`: when there are more tokens, only the first `max_tokens` are kept
 *    (`finish_reason: "length"`).
 * 5. Usage: `prompt_tokens` counts the words of every message's content,
 *    `completion_tokens` the tokens kept, `total_tokens` their sum.
 */
export function buildReply(request: ReplyRequest, options: ReplyOptions = {}): Reply {
  const message = lastUserText(request.messages);
  let text = options.seed === undefined ? `You said: ${message}` : seededText(options.seed, message);
  let cut = -1;
  for (const sequence of request.stop ?? []) {
    if (sequence === "") continue;
    const at = text.indexOf(sequence);
    if (at !== -1 && (cut === -1 || at < cut)) cut = at;
  }
  if (cut !== -1) text = text.slice(0, cut);
  let tokens = tokenize(text);
  let finishReason: Reply["finishReason"] = "stop";
  if (request.max_tokens !== undefined && tokens.length > request.max_tokens) {
    tokens = tokens.slice(0, request.max_tokens);
    text = tokens.join("");
    finishReason = "length";
  }
  const promptTokens = request.messages.reduce((sum, each) => sum + countTokens(contentText(each.content)), 0);
  return {
    text,
    tokens,
    finishReason,
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: tokens.length,
      total_tokens: promptTokens + tokens.length,
    },
  };
}
