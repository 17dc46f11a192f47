// Each decision on the contradictions of maxtoken's documentation (docs/decisions/0005), read off the spec.
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../load.mjs";
import { collectExamples, resolveRef } from "./collect-examples.mjs";

let document;
let schemas;
let operation;
beforeAll(async () => {
  ({ document } = await loadSpec());
  schemas = document.components.schemas;
  operation = document.paths["/chat/completions"].post;
});

describe("design decisions in the spec", () => {
  it("serves POST /chat/completions on https://api.maxtoken.io/v1 with a bearer key", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers[0].url).toBe("https://api.maxtoken.io/v1");
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(operation.operationId).toBe("createChatCompletion");
  });

  it("makes tools optional and model/messages required", () => {
    expect(schemas.ChatCompletionCreateParams.required).toEqual(["model", "messages"]);
    expect(schemas.ChatCompletionCreateParams.additionalProperties).toBe(true);
  });

  it("accepts both web search tool types, and any other tool type, suggesting the two", () => {
    const { type, name } = schemas.WebSearchTool.properties;
    expect(type.type).toBe("string");
    expect(type.anyOf).toEqual([
      { title: "Known values", type: "string", enum: ["web_search", "web_search_20250305"] },
      { title: "Other values", type: "string" },
    ]);
    expect(name.anyOf).toEqual([
      { title: "Known values", type: "string", enum: ["web_search"] },
      { title: "Other values", type: "string" },
    ]);
    expect(schemas.WebSearchTool.required).toEqual(["type"]);
  });

  it("takes model as any string, suggesting the known ids", () => {
    const model = schemas.ChatCompletionCreateParams.properties.model;
    expect(model.type).toBe("string");
    expect(model.enum).toBeUndefined();
    expect(model.anyOf).toEqual([
      { title: "Known values", type: "string", enum: ["claude-opus-4-6", "claude-opus-4-5-20251101"] },
      { title: "Other values", type: "string" },
    ]);
  });

  it("accepts the roles of both of the API's message tables: system, user and assistant", () => {
    expect(schemas.ChatCompletionMessageParam.properties.role.enum).toEqual(["system", "user", "assistant"]);
  });

  it("limits temperature and top_p to 0..1 with default 1", () => {
    for (const name of ["temperature", "top_p"]) {
      expect(schemas.ChatCompletionCreateParams.properties[name]).toMatchObject({ minimum: 0, maximum: 1, default: 1 });
    }
  });

  it("forbids allowed_domains with blocked_domains and domains with a scheme", () => {
    expect(schemas.WebSearchTool.not).toEqual({ required: ["allowed_domains", "blocked_domains"] });
    const pattern = new RegExp(schemas.WebSearchDomain.pattern, "u");
    for (const ok of ["example.com", "docs.example.com", "example.com/blog", "trusteddomain.org"])
      expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ["https://example.com", "http://a.b", "HTTPS://EXAMPLE.COM", "ftp://example.com"])
      expect(pattern.test(bad), bad).toBe(false);
  });

  it("sends a content policy violation as HTTP 400 with code 503, and both 403 kinds", () => {
    const byName = Object.fromEntries(collectExamples(document).map((e) => [e.name, e]));
    expect(byName.contentPolicyViolation.part).toBe("400");
    expect(byName.contentPolicyViolation.value.error).toMatchObject({ type: "content_policy_violation", code: 503 });
    expect(byName.insufficientBalance.part).toBe("403");
    expect(byName.insufficientBalance.value.error.type).toBe("insufficient_balance");
    expect(byName.permissionDenied.part).toBe("403");
    expect(byName.permissionDenied.value.error.type).toBe("permission_error");
  });

  it("marks the stream as OpenAI's: an event-stream of chunks, flagged by `stream`, ended by [DONE]", () => {
    expect(operation["x-stream-flag"]).toBe("stream");
    expect(operation["x-stream-terminator"]).toBe("[DONE]");
    const ok = resolveRef(document, operation.responses["200"]);
    expect(ok.content["text/event-stream"].schema).toEqual({ $ref: "#/components/schemas/ChatCompletionChunk" });
    expect(ok.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ChatCompletion" });
  });

  it("documents max_uses_exceeded as an error code and in max_uses", () => {
    expect(schemas.WebSearchErrorCode.enum).toEqual(["max_uses_exceeded"]);
    expect(schemas.WebSearchTool.properties.max_uses.description).toContain("max_uses_exceeded");
  });

  it("gives every error status the one error body, any other status included (default)", () => {
    for (const status of ["400", "401", "403", "429", "500", "default"]) {
      const response = resolveRef(document, operation.responses[status]);
      expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ErrorBody" });
    }
    expect(schemas.ErrorBody.properties.error.required).toEqual(["message", "type", "code", "param"]);
  });
});
