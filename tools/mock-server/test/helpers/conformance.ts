// Checks what the server sends against the spec, independently of the server's own code: the
// spec is bundled here with @maxtoken/spec and compiled with ajv, so a drift between the mock
// and the spec fails the test that saw the response.

import { loadSpec } from "@maxtoken/spec";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { expect } from "vitest";
import type { HttpResult, SseEvent } from "./http.ts";

const SPEC_ID = "https://spec.test/openapi.json";
const OPERATION = ["paths", "/chat/completions", "post"] as const;

type Json = Record<string, any>;

function escapePointerToken(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Validators of the spec's response schemas, by status and media type. */
export interface Conformance {
  document: Json;
  /** Fails the test unless `result` is a response the spec allows (status, headers, body). */
  expectConformingResponse(result: HttpResult): void;
  /** Fails the test unless each data event of a stream is a chunk (or `[DONE]`, or an error event). */
  expectConformingStream(events: readonly SseEvent[]): void;
  /** Validates one value against a component schema; returns ajv's errors or null. */
  check(schemaName: string, value: unknown): unknown[] | null;
}

let cached: Promise<Conformance> | undefined;

/** Loads the spec once per test file and compiles its response schemas. */
export function loadConformance(): Promise<Conformance> {
  cached ??= build();
  return cached;
}

async function build(): Promise<Conformance> {
  const { document, problems } = await loadSpec();
  expect(problems).toEqual([]);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...document, $id: SPEC_ID });
  const compiled = new Map<string, ValidateFunction>();
  const compile = (pointer: string): ValidateFunction => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${SPEC_ID}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };
  const follow = (value: Json): Json => {
    let current = value;
    while (typeof current?.$ref === "string") {
      current = current.$ref
        .slice(2)
        .split("/")
        .map((segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
        .reduce((node: Json, segment: string) => node[segment], document);
    }
    return current;
  };
  const operation = OPERATION.reduce<Json>((node, segment) => node[segment], document);
  const declared = operation.responses as Json;

  /** The schema pointer the spec gives a status and media type; undeclared error statuses use ErrorBody. */
  const schemaPointer = (status: number, mediaType: string): string => {
    const response = declared[String(status)];
    if (response === undefined) {
      // Every error status carries the ErrorBody shape, declared in the spec or not.
      expect(status, "a success status the spec does not declare").toBeGreaterThanOrEqual(400);
      return "/components/schemas/ErrorBody";
    }
    const content = follow(response).content as Json;
    expect(Object.keys(content), `media types of ${status}`).toContain(mediaType);
    const schema = content[mediaType].schema as Json;
    if (typeof schema.$ref === "string") return schema.$ref.slice(1);
    const base = [...OPERATION, "responses", String(status), "content", mediaType, "schema"];
    return `/${base.map(escapePointerToken).join("/")}`;
  };

  const check = (pointer: string, value: unknown, where: string): void => {
    const validate = compile(pointer);
    const ok = validate(value);
    expect({ where, errors: ok ? null : validate.errors }).toEqual({ where, errors: null });
  };

  const expectConformingStream = (events: readonly SseEvent[]): void => {
    const pointer = schemaPointer(200, "text/event-stream");
    for (const [index, event] of events.entries()) {
      if (event.data === operation["x-stream-terminator"]) continue;
      const payload = JSON.parse(event.data) as unknown;
      if (event.event === "error") check("/components/schemas/ErrorBody", payload, `error event ${index}`);
      else check(pointer, payload, `stream event ${index}`);
    }
  };

  const expectConformingResponse = (result: HttpResult): void => {
    expect(result.status, "a response arrived").toBeTypeOf("number");
    const status = result.status!;
    expect(result.headers["x-request-id"], "x-request-id").toMatch(/^req_[0-9a-f]{24}$/);
    const contentType = String(result.headers["content-type"] ?? "")
      .split(";")[0]!
      .trim();
    if (status === 204) return;
    if (contentType === "text/event-stream") {
      expect(status).toBe(200);
      expectConformingStream(result.events());
      return;
    }
    expect(contentType).toBe("application/json");
    check(schemaPointer(status, "application/json"), JSON.parse(result.body), `${status} body`);
    // Declared headers: x-should-retry is "true" or "false" when present.
    const shouldRetry = result.headers["x-should-retry"];
    if (shouldRetry !== undefined) expect(["true", "false"]).toContain(shouldRetry);
    for (const name of ["retry-after-ms"]) {
      const value = result.headers[name];
      if (value !== undefined) expect(value).toMatch(/^\d+$/);
    }
  };

  return {
    document,
    expectConformingResponse,
    expectConformingStream,
    check: (schemaName, value) => {
      const validate = compile(`/components/schemas/${schemaName}`);
      return validate(value) ? null : (validate.errors ?? []);
    },
  };
}
