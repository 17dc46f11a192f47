// Checks answers against any spec, independently of the server's code: the spec is bundled by
// @maxtoken/spec and compiled by its own ajv here, so a drift between what the mock sends and
// what the spec says fails the test that saw it.
import { loadSpec } from "@maxtoken/spec";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import formatsModule from "ajv-formats";
import { expect } from "vitest";
import { normalizeSchemas } from "../../src/normalize-schemas.ts";
import type { HttpResult, SseEvent } from "./http.ts";

const addFormats = ((formatsModule as any).default ?? formatsModule) as (ajv: Ajv2020) => void;
const SPEC_ID = "https://spec.test/openapi.json";

type Json = Record<string, any>;

function escapeToken(segment: string): string {
  return segment.replaceAll("~", "~0").replaceAll("/", "~1");
}

/** Fails unless `body` is `{ error: { message, type, code, param } }` with those types. */
function expectStandardError(body: any, where: string): void {
  expect(Object.keys(body), where).toEqual(["error"]);
  expect(Object.keys(body.error).sort(), where).toEqual(["code", "message", "param", "type"]);
  expect(typeof body.error.message, where).toBe("string");
  expect(typeof body.error.type, where).toBe("string");
  expect(["string", "number", "object"], where).toContain(typeof body.error.code);
  expect(body.error.param === null || typeof body.error.param === "string", where).toBe(true);
}

/** One operation as the tests call it. */
export interface FixtureOperation {
  operationId: string;
  method: string;
  /** The path as the spec writes it (`/items/{item_id}`). */
  path: string;
  operation: Json;
  /** The path item's parameters and the operation's, `$ref`s followed. */
  parameters: Json[];
}

export interface SpecConformance {
  document: Json;
  operations: FixtureOperation[];
  /** Follows `$ref`s inside the document. */
  follow(value: Json): Json;
  /** Validates a value against the schema at a pointer; returns ajv's errors or null. */
  validate(pointer: string, value: unknown): unknown[] | null;
  /**
   * Fails unless the answer is one the spec declares for the operation: its status (an error
   * status the spec does not declare must carry the standard error body), its content type and
   * a body valid against the declared schema (each event of a stream).
   */
  expectConforming(operationId: string, result: HttpResult, terminator?: string): void;
  /**
   * Fails unless each event of a stream is one the spec declares for the operation's 200
   * `text/event-stream` (or the terminator last, or an `event: error` with the error body).
   */
  expectConformingEvents(operationId: string, events: readonly SseEvent[], terminator?: string): void;
}

/** Bundles the spec at `path` and compiles it with ajv (JSON Schema 2020-12, formats checked). */
export async function loadSpecConformance(path: string): Promise<SpecConformance> {
  const loaded = await loadSpec(path);
  expect(loaded.problems).toEqual([]);
  // OpenAPI 3.0's `nullable` means nothing to a JSON Schema validator: it is read through the
  // server's normalizeSchemas (its own unit test pins that reading down); the validation is ajv's.
  const document: Json = loaded.document.openapi.startsWith("3.0")
    ? normalizeSchemas(loaded.document as any)
    : loaded.document;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: SPEC_ID });
  const compiled = new Map<string, ValidateFunction>();
  const validate = (pointer: string, value: unknown): unknown[] | null => {
    let check = compiled.get(pointer);
    if (check === undefined) {
      check = ajv.compile({ $ref: `${SPEC_ID}#${pointer.split("/").map(encodeURIComponent).join("/")}` });
      compiled.set(pointer, check);
    }
    return check(value) ? null : [...(check.errors ?? [])];
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
  const operations: FixtureOperation[] = [];
  const pointers = new Map<string, string>();
  for (const [path, rawItem] of Object.entries(document.paths as Json)) {
    const item = follow(rawItem);
    for (const method of ["get", "put", "post", "delete", "patch"]) {
      const operation = item[method];
      if (operation === undefined) continue;
      const parameters = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map(follow);
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        operation,
        parameters,
      });
      pointers.set(operation.operationId, `/paths/${escapeToken(path)}/${method}`);
    }
  }

  const schemaPointer = (operationId: string, status: string, mediaType: string): string | undefined => {
    const operation = operations.find((entry) => entry.operationId === operationId)!.operation;
    const response = follow(operation.responses[status]);
    const media = response.content?.[mediaType];
    if (media?.schema === undefined) return undefined;
    if (typeof media.schema.$ref === "string") return media.schema.$ref.slice(1);
    // The response itself may be a $ref (to components/responses): its pointer is the target's.
    let responsePointer = `${pointers.get(operationId)}/responses/${escapeToken(status)}`;
    let raw = operation.responses[status];
    while (typeof raw?.$ref === "string") {
      responsePointer = raw.$ref.slice(1);
      raw = responsePointer
        .slice(1)
        .split("/")
        .map((segment: string) => segment.replaceAll("~1", "/").replaceAll("~0", "~"))
        .reduce((node: Json, segment: string) => node[segment], document);
    }
    return `${responsePointer}/content/${escapeToken(mediaType)}/schema`;
  };

  const expectConforming = (operationId: string, result: HttpResult, terminator?: string): void => {
    const fixture = operations.find((entry) => entry.operationId === operationId);
    expect(fixture, operationId).toBeDefined();
    expect(result.error, `${operationId}: the exchange ended with an error`).toBeUndefined();
    const status = String(result.status);
    expect(result.headers["x-request-id"]).toMatch(/^req_[0-9a-f]{24}$/);
    const responses = fixture!.operation.responses as Json;
    const key = status in responses ? status : `${status[0]}XX` in responses ? `${status[0]}XX` : "default";
    const contentType = String(result.headers["content-type"] ?? "")
      .split(";")[0]!
      .trim();
    if (responses[key] === undefined) {
      expect(Number(status), `${operationId}: undeclared status ${status}`).toBeGreaterThanOrEqual(400);
      expect(contentType).toBe("application/json");
      expectStandardError(JSON.parse(result.body), `${operationId} ${status}`);
      return;
    }
    const content = follow(responses[key]).content as Json | undefined;
    if (content === undefined) {
      // An error status whose response declares no body gets the standard error body.
      if (Number(status) >= 400) expectStandardError(JSON.parse(result.body), `${operationId} ${status}`);
      else expect(result.body, `${operationId}: ${status} has no body`).toBe("");
      return;
    }
    const declared = Object.keys(content).find((mediaType) => mediaType === contentType || mediaType.endsWith("/*"));
    expect(declared, `${operationId}: ${status} ${contentType} is declared`).toBeDefined();
    const pointer = schemaPointer(operationId, key, declared!);
    if (contentType === "text/event-stream") {
      const events = result.events();
      expect(events.length).toBeGreaterThan(0);
      checkEvents(pointer, events, terminator);
      return;
    }
    if (pointer === undefined) return;
    let value: unknown;
    if (contentType.includes("json")) value = JSON.parse(result.body);
    else if (contentType.startsWith("text/")) value = result.body;
    else {
      expect(result.body.length, `${operationId}: bytes`).toBeGreaterThan(0);
      return;
    }
    expect({ operationId, status, errors: validate(pointer, value) }).toEqual({ operationId, status, errors: null });
  };

  /** Each event valid against `pointer`; the terminator last; an error event in the standard error shape. */
  const checkEvents = (pointer: string | undefined, events: readonly SseEvent[], terminator?: string): void => {
    for (const [index, event] of events.entries()) {
      if (terminator !== undefined && event.data === terminator) {
        expect(index, "the terminator comes last").toBe(events.length - 1);
        continue;
      }
      const payload = JSON.parse(event.data) as unknown;
      if (event.event === "error") expectStandardError(payload, `error event ${index}`);
      else if (pointer !== undefined) {
        expect({ event: index, errors: validate(pointer, payload) }).toEqual({ event: index, errors: null });
      }
    }
  };

  const expectConformingEvents = (operationId: string, events: readonly SseEvent[], terminator?: string): void => {
    checkEvents(schemaPointer(operationId, "200", "text/event-stream"), events, terminator);
  };

  return { document, operations, follow, validate, expectConforming, expectConformingEvents };
}
