// The maxtoken spec's chat operation, checked by the spec conformance helper (the spec bundled by
// @maxtoken/spec and compiled by the tests' own ajv), plus the retry headers the spec declares.
import { specPath } from "@maxtoken/spec";
import { expect } from "vitest";
import type { HttpResult, SseEvent } from "./http.ts";
import { loadSpecConformance } from "./spec-conformance.ts";

const OPERATION_ID = "createChatCompletion";
const TERMINATOR = "[DONE]";

/** Validators of the chat operation's responses. */
export interface Conformance {
  document: Record<string, any>;
  /** Fails the test unless `result` is a response the spec allows (status, headers, body). */
  expectConformingResponse(result: HttpResult): void;
  /** Fails the test unless each data event of a stream is a chunk (or `[DONE]`, or an error event). */
  expectConformingStream(events: readonly SseEvent[]): void;
  /** Validates one value against a component schema; returns ajv's errors or null. */
  check(schemaName: string, value: unknown): unknown[] | null;
}

let cached: Promise<Conformance> | undefined;

/** Loads the spec once per worker and compiles its response schemas. */
export function loadConformance(): Promise<Conformance> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Conformance> {
  const spec = await loadSpecConformance(specPath);
  return {
    document: spec.document,
    expectConformingResponse(result) {
      spec.expectConforming(OPERATION_ID, result, TERMINATOR);
      // Declared headers: x-should-retry is "true" or "false", retry-after-ms a whole number.
      const shouldRetry = result.headers["x-should-retry"];
      if (shouldRetry !== undefined) expect(["true", "false"]).toContain(shouldRetry);
      const retryAfterMs = result.headers["retry-after-ms"];
      if (retryAfterMs !== undefined) expect(retryAfterMs).toMatch(/^\d+$/);
    },
    expectConformingStream: (events) => spec.expectConformingEvents(OPERATION_ID, events, TERMINATOR),
    check: (schemaName, value) => spec.validate(`/components/schemas/${schemaName}`, value),
  };
}
