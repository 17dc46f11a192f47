// Runs the edge example as its platforms would: edge/worker.ts bundled (as wrangler does) and
// served by workerd, Cloudflare's runtime, with the key in an env binding; edge/route.ts (a
// Next.js route handler / Vercel Edge Function) bundled and called as a plain Request -> Response
// handler, without Next.js. Both use the built @maxtoken/browser against the mock server, which
// accepts only the right key and streams with a pause between chunks.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  bundleWorker,
  type RunningMock,
  type RunningWorker,
  startMock,
  startWorker,
  type WorkerResponse,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const KEY = "sk-edge-secret";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ apiKey: KEY, chunkDelayMs: 40 });
});
afterAll(() => mock?.close());

const post = (body: unknown) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** Reads a streamed body, counting the parts it arrived in. */
async function readParts(response: Response | WorkerResponse): Promise<{ text: string; parts: number }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  let parts = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { text: text + decoder.decode(), parts };
    parts++;
    text += decoder.decode(value, { stream: true });
  }
}

describe("edge/worker.ts in workerd", () => {
  let worker: RunningWorker;
  let wrongKeyWorker: RunningWorker;
  beforeAll(async () => {
    const script = await bundleWorker(here("../edge/worker.ts"));
    [worker, wrongKeyWorker] = await Promise.all([
      startWorker({ script, bindings: { MAXTOKEN_API_KEY: KEY, MAXTOKEN_BASE_URL: mock.baseURL } }),
      startWorker({ script, bindings: { MAXTOKEN_API_KEY: "sk-revoked", MAXTOKEN_BASE_URL: mock.baseURL } }),
    ]);
  });
  afterAll(async () => {
    await Promise.allSettled([worker?.close(), wrongKeyWorker?.close()]);
  });

  test("a plain call answers JSON, with the key from the env binding", async () => {
    const response = await worker.fetch("/chat", post({ message: "Hello from a Worker" }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ answer: "You said: Hello from a Worker" });
  });

  test("a streamed completion passes through to the Worker's response in parts", async () => {
    const response = await worker.fetch("/chat", post({ message: "stream me through the worker", stream: true }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    const { text, parts } = await readParts(response);
    expect(text).toBe("You said: stream me through the worker");
    expect(parts).toBeGreaterThan(2);
  });

  test("an API error reaches the caller typed: AuthenticationError, status and request id", async () => {
    const response = await wrongKeyWorker.fetch("/chat", post({ message: "hi" }));
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      error: expect.any(String),
      type: "AuthenticationError",
      status: 401,
      requestId: expect.stringMatching(/^req_/),
    });
  });
});

describe("edge/route.ts as a plain Request -> Response handler (Next.js route, Vercel Edge)", () => {
  let workDir: string;
  let route: { runtime: string; POST(request: Request): Promise<Response> };
  beforeAll(async () => {
    // Bundled as Next.js bundles an edge route: the package's build, resolved by its name.
    workDir = await mkdtemp(join(tmpdir(), "maxtoken-edge-route-"));
    const file = join(workDir, "route.mjs");
    await writeFile(file, await bundleWorker(here("../edge/route.ts")));
    route = await import(/* @vite-ignore */ pathToFileURL(file).href);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });
  const request = (body: unknown) => new Request("http://127.0.0.1/api/chat", post(body));

  test("declares the Edge runtime", () => {
    expect(route.runtime).toBe("edge");
  });

  test("a plain call and a stream, with the key from process.env", async () => {
    vi.stubEnv("MAXTOKEN_API_KEY", KEY);
    vi.stubEnv("MAXTOKEN_BASE_URL", mock.baseURL);
    expect(await (await route.POST(request({ message: "Hello from a route" }))).json()).toEqual({
      answer: "You said: Hello from a route",
    });
    const streamed = await readParts(await route.POST(request({ message: "stream from a route", stream: true })));
    expect(streamed.text).toBe("You said: stream from a route");
    expect(streamed.parts).toBeGreaterThan(2);
  });

  test("an API error is typed; a bad body is refused before the API", async () => {
    vi.stubEnv("MAXTOKEN_API_KEY", "sk-revoked");
    vi.stubEnv("MAXTOKEN_BASE_URL", mock.baseURL);
    const refused = await route.POST(request({ message: "hi" }));
    expect(refused.status).toBe(502);
    expect(await refused.json()).toMatchObject({ type: "AuthenticationError", status: 401 });
    const bad = await route.POST(request({ message: 42 }));
    expect(bad.status).toBe(400);
  });
});
