import { describe, expect, it } from "vitest";
import { type FaultSpec, FaultSyntaxError, parseFault } from "../src/index.ts";

const cases: Array<[string, FaultSpec]> = [
  ["", {}],
  ["none", {}],
  ["status=429;retry-after-ms=20", { status: 429, retryAfterMs: 20 }],
  [" status = 503 ; retry-after = 2 ", { status: 503, retryAfter: "2" }],
  ["status=400;type=content_policy_violation", { status: 400, type: "content_policy_violation" }],
  ["content-policy", { status: 400, type: "content_policy_violation" }],
  ["insufficient-balance", { status: 403, type: "insufficient_balance" }],
  ["latency=200", { latencyMs: 200 }],
  ["chunk-delay=50", { chunkDelayMs: 50 }],
  ["cut-after=3", { cutAfter: 3 }],
  ["no-done", { noDone: true }],
  ["no-finish", { noFinish: true }],
  ["reset", { reset: true }],
  ["error-event-first", { errorEventFirst: true }],
  ["error-event-after=2", { errorEventAfter: 2 }],
  ["malformed-json", { malformedJson: true }],
  ["html-502", { html: true, status: 502 }],
  ["fail-first=2;status=503", { failFirst: 2, status: 503 }],
  ["status=503;x-should-retry=false", { status: 503, shouldRetry: false }],
  ["code=503", { code: 503 }],
  ["code=null;param=null", { code: null, param: null }],
  ["code=rate_limit_exceeded", { code: "rate_limit_exceeded" }],
  ["message=a = b", { message: "a = b" }],
  ["status=500;status=502", { status: 502 }],
  ["RESET;;", { reset: true }],
];

describe("parseFault", () => {
  it.each(cases)("%j", (text, want) => {
    expect(parseFault(text)).toEqual(want);
  });

  it.each([
    ["boom", /unknown flag/],
    ["statuss=500", /unknown key "statuss"/],
    ["status=99", /between 400 and 599/],
    ["latency=-1", /non-negative integer/],
    ["latency=fast", /non-negative integer/],
    ["x-should-retry=yes", /true or false/],
  ])("rejects %j", (text, message) => {
    expect(() => parseFault(text)).toThrow(FaultSyntaxError);
    expect(() => parseFault(text)).toThrow(message);
  });
});
