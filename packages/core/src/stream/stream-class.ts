import type { Stream } from "./stream.ts";

/**
 * The class a streaming call's events are handed out in: `Stream`, or `ChatStream` for chat
 * completion chunks (the generated code says which, in `RequestCall.streamClass`).
 */
export type StreamClass = new (iterate: () => AsyncIterator<never>, controller: AbortController) => Stream<unknown>;
