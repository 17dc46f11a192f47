import { describe, expect, test } from "vitest";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ContentPolicyViolationError,
  InsufficientBalanceError,
  InternalServerError,
  MaxtokenError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  StreamError,
  UnprocessableEntityError,
  ValidationError,
} from "../src/index.ts";
import { errorClassForStatus } from "../src/internal.ts";
import { errorBody, json, startServer } from "./helpers/http-test-server.ts";
import { body, chat, clientFor, rejection } from "./helpers/test-client.ts";

describe("errorClassForStatus", () => {
  test.each([
    [400, undefined, BadRequestError],
    [400, "content_policy_violation", ContentPolicyViolationError],
    [400, "invalid_request_error", BadRequestError],
    [401, undefined, AuthenticationError],
    [403, undefined, PermissionDeniedError],
    [403, "permission_error", PermissionDeniedError],
    [403, "insufficient_balance", InsufficientBalanceError],
    [404, undefined, NotFoundError],
    [409, undefined, APIError],
    [418, undefined, APIError],
    [422, undefined, UnprocessableEntityError],
    [429, undefined, RateLimitError],
    [500, undefined, InternalServerError],
    [502, undefined, InternalServerError],
    [529, undefined, InternalServerError],
  ] as const)("%i %s -> %o", (status, type, expected) => {
    expect(errorClassForStatus(status, type)).toBe(expected);
  });
});

describe("the hierarchy", () => {
  test.each([
    [MaxtokenError, Error],
    [APIError, MaxtokenError],
    [BadRequestError, APIError],
    [ContentPolicyViolationError, BadRequestError],
    [AuthenticationError, APIError],
    [PermissionDeniedError, APIError],
    [InsufficientBalanceError, PermissionDeniedError],
    [NotFoundError, APIError],
    [UnprocessableEntityError, APIError],
    [RateLimitError, APIError],
    [InternalServerError, APIError],
    [APIConnectionError, MaxtokenError],
    [APITimeoutError, APIConnectionError],
    [APIUserAbortError, MaxtokenError],
    [StreamError, MaxtokenError],
    [ValidationError, MaxtokenError],
  ] as const)("%o extends %o and names itself", (Class, Parent) => {
    expect(Object.getPrototypeOf(Class)).toBe(Parent);
    const error =
      Class === ValidationError ? new ValidationError([]) : new (Class as typeof APIError)("m", { status: 500 });
    expect(error.name).toBe(Class.name);
    expect(String(error)).toMatch(new RegExp(`^${Class.name}: `));
    expect((error as unknown as Record<symbol, unknown>)[Symbol.for("maxtoken.error")]).toBe(true);
  });
});

describe("errors from HTTP answers", () => {
  test.each([
    [400, "invalid_request_error", BadRequestError, "Check the request parameters."],
    [400, "content_policy_violation", ContentPolicyViolationError, "content policy"],
    [401, "authentication_error", AuthenticationError, "Check MAXTOKEN_API_KEY or the apiKey option."],
    [403, "permission_error", PermissionDeniedError, "may use this model"],
    [403, "insufficient_balance", InsufficientBalanceError, "balance"],
    [404, "not_found_error", NotFoundError, "baseURL"],
    [422, "invalid_request_error", UnprocessableEntityError, "Check the request parameters."],
    [418, "teapot", APIError, ""],
  ] as const)(
    "%i %s -> typed error with status, body, request id and a helpful message",
    async (status, type, Class, hint) => {
      const sent = errorBody("the server says no", type, {
        code: status === 400 && type === "content_policy_violation" ? 503 : null,
      });
      const server = await startServer((_request, response) =>
        json(response, status, sent, { "x-request-id": "req_e" }),
      );
      const error = await rejection(clientFor(server).request({ ...chat, body }));
      expect(error).toBeInstanceOf(Class);
      expect(error.constructor).toBe(Class);
      const apiError = error as APIError;
      expect(apiError.status).toBe(status);
      expect(apiError.body).toEqual(sent);
      expect(apiError.requestId).toBe("req_e");
      expect(apiError.headers.get("content-type")).toBe("application/json");
      expect(apiError.attempts).toBe(1);
      expect(apiError.isRetryable).toBe(false);
      expect(apiError.message).toContain(`${status} `);
      expect(apiError.message).toContain("the server says no");
      expect(apiError.message).toContain(hint);
      expect(apiError.message).toContain(`POST ${server.url}/v1/chat/completions`);
      expect(server.requests).toHaveLength(1);
    },
  );

  test("401 message says what happened and what to do", async () => {
    const server = await startServer((_request, response) =>
      json(response, 401, errorBody("invalid API key", "authentication_error")),
    );
    const error = await rejection(clientFor(server).request({ ...chat, body }));
    expect(error.message).toBe(
      `401 Unauthorized: invalid API key. Check MAXTOKEN_API_KEY or the apiKey option. (POST ${server.url}/v1/chat/completions)`,
    );
  });

  test("an HTML 502 from a proxy is still an InternalServerError, with the text in body", async () => {
    const html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    const server = await startServer((_request, response) => {
      response.writeHead(502, { "content-type": "text/html" });
      response.end(html);
    });
    const error = (await rejection(
      clientFor(server, { maxRetries: 0 }).request({ ...chat, body }),
    )) as InternalServerError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.body).toBe(html);
    expect(error.message).toContain("502 Bad Gateway: the response was not JSON (see error.body).");
    expect(error.isRetryable).toBe(true);
  });

  test("RateLimitError carries retryAfterMs", async () => {
    const server = await startServer((_request, response) =>
      json(response, 429, errorBody("slow down", "rate_limit_error"), { "retry-after": "120" }),
    );
    const error = (await rejection(clientFor(server, { maxRetries: 0 }).request({ ...chat, body }))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfterMs).toBe(120_000);
  });

  test("JSON.stringify(error) gives name, message and the fields", async () => {
    const server = await startServer((_request, response) =>
      json(response, 404, errorBody("no such model", "not_found_error"), { "x-request-id": "r1" }),
    );
    const error = await rejection(clientFor(server).request({ ...chat, body }));
    const plain = JSON.parse(JSON.stringify(error));
    expect(plain).toMatchObject({
      name: "NotFoundError",
      status: 404,
      requestId: "r1",
      attempts: 1,
      body: errorBody("no such model", "not_found_error"),
    });
    expect(plain.message).toContain("no such model");
  });
});
