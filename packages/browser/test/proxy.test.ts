// The browser package in real headless Chromium, talking to the key-holding proxy with no key in
// the page, the proxy in front of the real mock server: once on Node's http (same origin as the
// page, CORS off, a cookie session) and once on Deno.serve in the real Deno binary (another
// origin, CORS on, a header session). Streams go through; breaking out of a stream in the page
// cuts the upstream request (the mock server logs the cut); a missing session never goes upstream;
// the key shows up in no answer, header or log line.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import {
  launchChromium,
  listen,
  type RunningChromium,
  type StaticRoute,
  serveStatic,
} from "@maxtoken/conformance/harness";
import { type MockServer, startMockServer } from "@maxtoken/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProxy, toNodeListener } from "../src/generated/index.gen.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const API_KEY = "sk-page-never-sees-5d81e0aa";
const DENO = here("../node_modules/.bin/deno");

// The page's code: the browser client pointed at the proxy, no key. Returns what a user sees.
const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>maxtoken through a proxy</title>
<script type="module">
  import { Maxtoken } from "/maxtoken.browser.js";
  window.chatThroughProxy = async (baseURL, session, stopAfter) => {
    const client = new Maxtoken({ baseURL, maxRetries: 0, defaultHeaders: session ? { "x-app-session": session } : {} });
    try {
      const stream = await client.chat.completions.create({
        model: "claude-opus-4-6",
        messages: [{ role: "user", content: "Tell me about proxies, one word at a time please" }],
        stream: true,
      });
      let text = "";
      let chunks = 0;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? "";
        chunks += 1;
        if (chunks === stopAfter) break; // the user closes the answer: the page cancels the stream
      }
      return { text, chunks };
    } catch (error) {
      return { error: error.name, status: error.status, message: error.message };
    }
  };
</script>`;

const routes: Record<string, StaticRoute> = {
  "/": { text: PAGE },
  "/maxtoken.browser.js": { file: here("../dist/maxtoken.browser.js") },
};

/** Everything a caller or operator could see, for the key check. */
const seen: string[] = [];
const upstreamLog: string[] = [];
let mock: MockServer;
let browser: RunningChromium;
const closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  [mock, browser] = await Promise.all([
    startMockServer({ port: 0, apiKey: API_KEY, chunkDelayMs: 60, log: (line) => upstreamLog.push(line) }),
    launchChromium(),
  ]);
  browser.page.on("response", async (response) => {
    seen.push(`${response.status()} ${JSON.stringify(await response.allHeaders())}`);
    seen.push(await response.text().catch(() => ""));
  });
});
afterAll(async () => {
  await Promise.allSettled([...closers.map((close) => close()), browser?.close()]);
  await mock?.close();
});

interface PageResult {
  text?: string;
  chunks?: number;
  error?: string;
  status?: number;
}

const chatThroughProxy = (baseURL: string, session: string | null, stopAfter = 0) =>
  browser.page.evaluate(
    ([url, who, stop]) =>
      (
        window as unknown as { chatThroughProxy(u: string, s: string | null, n: number): Promise<PageResult> }
      ).chatThroughProxy(url, who, stop),
    [baseURL, session, stopAfter] as const,
  );

async function eventually(check: () => boolean, what: string, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${upstreamLog.join("\n")}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The three behaviours, on one proxy. */
function proxyCases(proxyBaseURL: () => string) {
  test("the page streams a completion through the proxy", async () => {
    const result = await chatThroughProxy(proxyBaseURL(), "alice");
    expect(result, browser.log.join("\n")).toEqual({
      text: "You said: Tell me about proxies, one word at a time please",
      chunks: expect.any(Number),
    });
  });

  test("breaking out of the stream in the page cuts the upstream request", async () => {
    const linesBefore = upstreamLog.length;
    const result = await chatThroughProxy(proxyBaseURL(), "alice", 2);
    expect(result.chunks).toBe(2);
    await eventually(() => upstreamLog.slice(linesBefore).some((line) => / \(cut\) /.test(line)), "the upstream cut");
    expect(upstreamLog.slice(linesBefore)).toEqual([
      expect.stringMatching(/^POST \/v1\/chat\/completions 200 \(cut\)/),
    ]);
  });

  test("a page without a session is refused with 401 and nothing goes upstream", async () => {
    const before = mock.requestCount;
    const result = await chatThroughProxy(proxyBaseURL(), null);
    expect(result).toMatchObject({ error: "AuthenticationError", status: 401 });
    expect(mock.requestCount).toBe(before);
  });
}

describe("on Node's http, same origin as the page (CORS off)", () => {
  let origin: string;
  beforeAll(async () => {
    const pages = await serveStatic(routes);
    closers.push(pages.close);
    const proxy = createProxy({
      apiKey: API_KEY,
      baseURL: mock.url,
      basePath: "/api/maxtoken/v1",
      // The page's session travels as a header here (a cookie works the same way on one origin).
      policy: ({ request }) => ({ caller: request.headers.get("x-app-session"), models: ["claude-opus-4-6"] }),
      logger: { error: seen.push.bind(seen), warn: seen.push.bind(seen), info: seen.push.bind(seen), debug: () => {} },
    });
    const proxyListener = toNodeListener(proxy);
    // One server: the app's pages and, under /api/maxtoken/v1, the proxy.
    const app = await listen((incoming, outgoing) => {
      if (incoming.url?.startsWith("/api/")) return proxyListener(incoming, outgoing);
      fetch(`${pages.url}${incoming.url}`).then(async (page) => {
        outgoing.writeHead(page.status, { "content-type": page.headers.get("content-type") ?? "text/plain" });
        outgoing.end(Buffer.from(await page.arrayBuffer()));
      });
    });
    closers.push(app.close);
    origin = app.url;
    await browser.page.goto(`${origin}/`);
    await browser.page.waitForFunction(() => "chatThroughProxy" in window, undefined, { timeout: 15_000 });
  });

  proxyCases(() => "/api/maxtoken/v1");
});

describe("on Deno.serve in the real Deno binary, another origin than the page (CORS on)", () => {
  let deno: ChildProcess;
  let proxyURL = "";
  beforeAll(async () => {
    const pages = await serveStatic(routes);
    closers.push(pages.close);
    deno = spawn(
      DENO,
      [
        "run",
        "--config",
        here("proxy/deno.json"),
        "--allow-net=127.0.0.1",
        "--allow-env=PROXY_TEST_API_KEY",
        "--no-prompt",
        here("proxy/deno-serve-proxy.ts"),
        mock.url,
        pages.url,
      ],
      { env: { ...process.env, PROXY_TEST_API_KEY: API_KEY, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } },
    );
    closers.push(async () => {
      deno.kill();
    });
    let output = "";
    const port = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Deno did not start:\n${output}`)), 60_000);
      const onData = (data: Buffer) => {
        output += data;
        seen.push(String(data));
        const match = /listening (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      deno.stdout!.on("data", onData);
      deno.stderr!.on("data", onData);
      deno.on("exit", (code) => reject(new Error(`Deno exited with ${code}:\n${output}`)));
    });
    proxyURL = `http://127.0.0.1:${port}/v1`;
    await browser.page.goto(`${pages.url}/`);
    await browser.page.waitForFunction(() => "chatThroughProxy" in window, undefined, { timeout: 15_000 });
  }, 90_000);

  proxyCases(() => proxyURL);

  test("Deno's log lines name each request (and the key check below reads them)", async () => {
    await eventually(
      () => seen.some((line) => /maxtoken proxy: POST \/v1\/chat\/completions 200 caller=alice/.test(line)),
      "a log line",
    );
  });
});

test("the key appears in no answer, header or log line the page or the operators saw", () => {
  expect(seen.length).toBeGreaterThan(10);
  expect(seen.filter((line) => line.includes(API_KEY))).toEqual([]);
});
