// What is Node-specific: defaults from the environment, the x-maxtoken-sdk and User-Agent headers.

import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, afterEach, beforeAll, expect, test, vi } from "vitest";
import packageJson from "../package.json" with { type: "json" };
import { Maxtoken } from "../src/generated/index.gen.ts";
import { runtime } from "../src/runtime.ts";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());
afterEach(() => vi.unstubAllEnvs());

function recordingFetch() {
  const headers: Headers[] = [];
  const urls: string[] = [];
  const fetch = (url: string, init: RequestInit) => {
    urls.push(url);
    headers.push(new Headers(init.headers));
    return globalThis.fetch(url, init);
  };
  return { fetch, headers, urls };
}

const body = { model: "claude-opus-4-6", messages: [{ role: "user" as const, content: "hi" }] };

test("apiKey and baseURL default to MAXTOKEN_API_KEY and MAXTOKEN_BASE_URL", async () => {
  vi.stubEnv("MAXTOKEN_API_KEY", "sk-from-env");
  vi.stubEnv("MAXTOKEN_BASE_URL", mock.baseURL);
  const recorder = recordingFetch();
  const completion = await new Maxtoken({ fetch: recorder.fetch }).chat.completions.create(body);
  expect(completion.object).toBe("chat.completion");
  expect(recorder.urls).toEqual([`${mock.baseURL}/chat/completions`]);
  expect(recorder.headers[0]?.get("authorization")).toBe("Bearer sk-from-env");
});

test("options win over the environment", async () => {
  vi.stubEnv("MAXTOKEN_API_KEY", "sk-from-env");
  vi.stubEnv("MAXTOKEN_BASE_URL", "http://127.0.0.1:9/unused");
  const recorder = recordingFetch();
  await new Maxtoken({ apiKey: "sk-option", baseURL: mock.baseURL, fetch: recorder.fetch }).chat.completions.create(
    body,
  );
  expect(recorder.headers[0]?.get("authorization")).toBe("Bearer sk-option");
});

test("x-maxtoken-sdk is @maxtoken/node@<version> node/<version>, and a User-Agent is sent", async () => {
  const recorder = recordingFetch();
  await new Maxtoken({ apiKey: "sk-test", baseURL: mock.baseURL, fetch: recorder.fetch }).chat.completions.create(body);
  const sent = recorder.headers[0]!;
  expect(sent.get("x-maxtoken-sdk")).toMatch(new RegExp(`^@maxtoken/node@\\S+ node/${process.versions.node}$`));
  expect(sent.get("user-agent")).toBeTruthy();
});

test("the runtime adapter: node, never throws reading the environment", () => {
  expect(runtime.runtime).toBe("node");
  expect(runtime.runtimeVersion).toBe(process.versions.node);
  expect(runtime.packageName).toBe(packageJson.name);
  expect(runtime.readEnv("MAXTOKEN_SURELY_UNSET_VARIABLE")).toBeUndefined();
  expect(runtime.browser).toBe(false);
  expect(runtime.sendUserAgent).toBe(true);
});

test("break out of a stream cancels the response at once: the server sees it cut, not finished", async () => {
  const lines: string[] = [];
  const own = await startMock({ log: (line) => lines.push(line) });
  try {
    const client = new Maxtoken({ apiKey: "sk-test", baseURL: own.baseURL, maxRetries: 0 });
    const stream = await client.chat.completions.create(
      { ...body, messages: [{ role: "user", content: "one two three four five six seven eight" }], stream: true },
      { headers: { "x-mock-fault": "chunk-delay=500" } },
    );
    const brokeAt = Date.now();
    for await (const _chunk of stream) break;
    // The whole stream would take seconds; the server must see the client go well before that.
    await vi.waitFor(() => expect(lines.join("\n")).toMatch(/chat\/completions 200 \(cut\)/), {
      timeout: 1_500,
      interval: 25,
    });
    expect(Date.now() - brokeAt).toBeLessThan(1_500);
  } finally {
    await own.close();
  }
});

test("bundled into a page (window.document exists), the browser key policy applies, as in @maxtoken/browser", async () => {
  vi.stubGlobal("window", { document: {} });
  try {
    vi.resetModules();
    const inPage = await import("../src/generated/index.gen.ts");
    expect(() => new inPage.Maxtoken({ apiKey: "sk-in-a-page", baseURL: mock.baseURL })).toThrow(
      /dangerouslyAllowBrowser/,
    );
    const allowed = new inPage.Maxtoken({
      apiKey: "sk-in-a-page",
      baseURL: mock.baseURL,
      dangerouslyAllowBrowser: true,
    });
    expect((await allowed.chat.completions.create(body)).object).toBe("chat.completion");
  } finally {
    vi.unstubAllGlobals();
    vi.resetModules();
  }
});

test("a missing key outside Deno adds no Deno hint", () => {
  vi.stubEnv("MAXTOKEN_API_KEY", "");
  expect(runtime.missingKeyHint?.()).toBeUndefined();
  expect(() => new Maxtoken({ baseURL: mock.baseURL })).toThrow(
    /^No API key: set the MAXTOKEN_API_KEY environment variable or pass the apiKey option\.$/,
  );
});
