// @ts-check
// What the bench server sends, and what every client must hand back: one ~1 KB `chat.completion`
// and a stream of `chat.completion.chunk` events (~170 B each on the wire). The checker builds
// its expectations from the same functions, so a client that drops, reorders or alters a chunk
// is caught.

export const MODEL = "claude-opus-4-6";
export const API_KEY = "sk-bench-not-a-real-key";

/** The request bodies every client sends. */
export const COMPLETION_REQUEST = Object.freeze({
  model: MODEL,
  messages: [{ role: "user", content: "Write a short paragraph about latency." }],
});
export const STREAM_REQUEST = Object.freeze({ ...COMPLETION_REQUEST, stream: /** @type {const} */ (true) });

const ANSWER =
  "Latency is the time a request spends waiting rather than working: the handshake, the queue, " +
  "the trip across the wire and back. Most of it hides in places nobody measures, such as a " +
  "second allocation per call, a stream layer per event or a parser that copies every line. " +
  "Measure the whole path against the simplest correct code, keep the ratio in the same run, " +
  "and treat every missing percent as a question about where the time went. A client that " +
  "stays close to raw fetch leaves the budget for the work that matters: the model's answer. " +
  "Start-up counts as well: every module a process loads before its first request is paid for " +
  "again by each short script, each test worker and each cold serverless function.";

/** The non-streamed answer (~1 KB of JSON). */
export function completion() {
  return {
    id: "chatcmpl-bench0123456789abcdef",
    object: "chat.completion",
    created: 1_700_000_000,
    model: MODEL,
    system_fingerprint: "fp_bench",
    choices: [{ index: 0, message: { role: "assistant", content: ANSWER }, logprobs: null, finish_reason: "stop" }],
    usage: { prompt_tokens: 14, completion_tokens: 96, total_tokens: 110 },
  };
}

/**
 * The text the chunk at `index` carries (distinct per chunk, so a dropped chunk changes the text).
 * @param {number} index
 */
export function chunkText(index) {
  return ` w${index.toString(36)}`;
}

/**
 * Chunk `index` of `count`: the first carries the role, the last carries `finish_reason: "stop"`
 * and an empty delta (as OpenAI's streams do), the others one piece of text.
 * @param {number} index
 * @param {number} count
 */
export function chunk(index, count) {
  const last = index === count - 1;
  /** @type {{ role?: string, content?: string }} */
  const delta = last
    ? {}
    : index === 0
      ? { role: "assistant", content: chunkText(index) }
      : { content: chunkText(index) };
  return {
    id: "chatcmpl-bench",
    object: "chat.completion.chunk",
    created: 1_700_000_000,
    model: MODEL,
    choices: [{ index: 0, delta, finish_reason: last ? "stop" : null }],
  };
}

/**
 * One SSE event on the wire.
 * @param {number} index
 * @param {number} count
 */
export function chunkEvent(index, count) {
  return `data: ${JSON.stringify(chunk(index, count))}\n\n`;
}

export const DONE_EVENT = "data: [DONE]\n\n";

/**
 * The whole SSE body for `count` chunks, as one buffer (the server caches it per count).
 * @param {number} count
 */
export function sseBody(count) {
  const parts = new Array(count + 1);
  for (let index = 0; index < count; index++) parts[index] = chunkEvent(index, count);
  parts[count] = DONE_EVENT;
  return Buffer.from(parts.join(""), "utf8");
}

/**
 * Bytes of `sseBody(count)`, without building it.
 * @param {number} count
 */
export function sseBodyBytes(count) {
  let bytes = Buffer.byteLength(DONE_EVENT);
  for (let index = 0; index < count; index++) bytes += Buffer.byteLength(chunkEvent(index, count));
  return bytes;
}
