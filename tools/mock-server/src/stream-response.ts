import type { ServerResponse } from "node:http";
import type { FaultSpec } from "./faults/fault-spec.ts";
import { malformJson } from "./faults/malformed-json.ts";
import { cutConnection } from "./send.ts";
import { sleep } from "./sleep.ts";

/** One server-sent event: `event: <name>` (when named) and `data: <data>`. */
export interface ServerSentEvent {
  /** The event name; absent for the default `message` events. */
  event?: string;
  /** The data line's payload. */
  data: string;
}

/** Formats one event on the wire: `[event: name\n]data: payload\n\n`. */
export function formatEvent(event: ServerSentEvent): string {
  return `${event.event === undefined ? "" : `event: ${event.event}\n`}data: ${event.data}\n\n`;
}

function eventData(payload: unknown): string {
  return typeof payload === "string" ? payload : JSON.stringify(payload);
}

/** What a stream would carry without faults. */
export interface StreamPlan {
  /** The content chunks, in order (a string is sent as is, anything else as JSON). */
  chunks: readonly unknown[];
  /** The last chunk (for a chat completion, the one with the `finish_reason` and the usage). */
  finish: unknown;
  /** The final data payload (`[DONE]`), when the spec names one. */
  terminator: string | undefined;
  /** The body of an `event: error` event, for the error-event faults (the spec's error shape). */
  errorBody: unknown;
}

/**
 * Applies a fault to a stream plan and returns the events to send, and whether to cut the
 * connection after them instead of ending the body.
 *
 * - `error-event-first`: only an `event: error` event; `error-event-after=N`: N content chunks,
 *   then the error event (the stream then ends without `[DONE]`).
 * - `no-finish`: the content chunks only; `no-done`: the content chunks and the finish chunk.
 * - `malformed-json`: the first event's data is broken JSON.
 * - `cut-after=N`: only the first N events, then the connection is cut.
 */
export function streamEvents(plan: StreamPlan, fault: FaultSpec): { events: ServerSentEvent[]; cut: boolean } {
  const content = plan.chunks.map((chunk) => ({ data: eventData(chunk) }));
  const errorEvent: ServerSentEvent = { event: "error", data: JSON.stringify(plan.errorBody) };
  let events: ServerSentEvent[];
  if (fault.errorEventFirst === true) {
    events = [errorEvent];
  } else if (fault.errorEventAfter !== undefined) {
    events = [...content.slice(0, fault.errorEventAfter), errorEvent];
  } else {
    events = [...content];
    if (fault.noFinish !== true) {
      events.push({ data: eventData(plan.finish) });
      if (fault.noDone !== true && plan.terminator !== undefined) events.push({ data: plan.terminator });
    }
  }
  if (fault.malformedJson === true && events[0] !== undefined && events[0].event === undefined) {
    events[0] = { data: malformJson(events[0].data) };
  }
  if (fault.cutAfter !== undefined) return { events: events.slice(0, fault.cutAfter), cut: true };
  return { events, cut: false };
}

/**
 * Sends a `200 text/event-stream` answer: the events of {@link streamEvents}, `chunkDelayMs`
 * apart (all at once when 0), then ends the body or cuts the connection. Stops quietly when
 * `signal` aborts (the client went away or the server is closing).
 */
export async function writeEventStream(
  response: ServerResponse,
  plan: StreamPlan,
  fault: FaultSpec,
  chunkDelayMs: number,
  signal: AbortSignal,
): Promise<void> {
  const { events, cut } = streamEvents(plan, fault);
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
  });
  if (chunkDelayMs <= 0) {
    if (events.length > 0) response.write(events.map(formatEvent).join(""));
  } else {
    response.flushHeaders();
    for (let index = 0; index < events.length; index++) {
      if (index > 0 && !(await sleep(chunkDelayMs, signal))) return;
      if (signal.aborted || response.destroyed) return;
      response.write(formatEvent(events[index]!));
    }
  }
  if (cut) cutConnection(response);
  else response.end();
}
