// The TSDoc of a generated method: what a reader of the docs site sees for `create`.
import { beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES } from "./support/paths.ts";

let resource: string;
beforeAll(async () => {
  const files = await renderSpec(FIXTURES[0].spec, FIXTURES[0].label);
  resource = files.get("resources/chat-completions.gen.ts")!;
});

/** The `@throws` lines of every doc comment in the resource file. */
const throwsLines = () => resource.split("\n").filter((line) => line.includes("@throws"));

describe("create's TSDoc", () => {
  it("links every error class it can throw, with the subclasses the spec's error types select", () => {
    const text = throwsLines().join("\n");
    for (const className of [
      "APIError",
      "BadRequestError",
      "ContentPolicyViolationError",
      "AuthenticationError",
      "PermissionDeniedError",
      "InsufficientBalanceError",
      "RateLimitError",
      "InternalServerError",
      "APIConnectionError",
      "APITimeoutError",
      "APIUserAbortError",
      "ValidationError",
      "StreamError",
      "MaxtokenError",
    ]) {
      expect(text, className).toContain(`{@link ${className}}`);
    }
    // Every class named in a @throws line is a link (no bare `RateLimitError` in backticks).
    expect(text).not.toMatch(/`[A-Z]\w*Error`/);
  });

  it("names StreamError only where the call can answer with a stream", () => {
    const docOf = (signature: string) => {
      const at = resource.indexOf(signature);
      expect(at, signature).toBeGreaterThan(0);
      return resource.slice(resource.lastIndexOf("/**", at), at);
    };
    expect(docOf("create(body: ChatCompletionCreateParamsNonStreaming")).not.toContain("{@link StreamError}");
    expect(docOf("create(\n    body: ChatCompletionCreateParamsStreaming")).toContain("{@link StreamError}");
  });
});
