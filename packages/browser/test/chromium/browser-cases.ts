// Browser-only behaviour, run in Chromium beside the conformance suite.
import type { ConformanceContext } from "@maxtoken/conformance";

/** The browser cases also get a proxy that adds the key (as a user's own server would). */
export interface BrowserContext extends ConformanceContext {
  proxyURL: string;
}

const body = { model: "claude-opus-4-6", messages: [{ role: "user", content: "hi" }] };

function fail(message: string): never {
  throw new Error(message);
}

function recorder() {
  const headers: Headers[] = [];
  const fetch = (url: string, init: RequestInit) => {
    headers.push(new Headers(init.headers));
    return globalThis.fetch(url, init);
  };
  return { headers, fetch };
}

/** Creates the client and sends one request; returns the error either step threw, if any. */
async function attempt(context: ConformanceContext, options: Record<string, unknown>): Promise<unknown> {
  try {
    const client = new context.sdk.Maxtoken(options);
    await client.chat.completions.create(body);
    return undefined;
  } catch (error) {
    return error;
  }
}

export const browserCases: Array<{ name: string; run(context: BrowserContext): Promise<void> }> = [
  {
    name: "browser: an API key without dangerouslyAllowBrowser is refused before the network, naming the risk and the proxy",
    async run(context) {
      const calls = recorder();
      const error = await attempt(context, { apiKey: "sk-page-key", baseURL: context.baseURL, fetch: calls.fetch });
      if (!(error instanceof context.sdk.MaxtokenError)) fail(`expected a MaxtokenError, got ${String(error)}`);
      const message = error.message;
      if (!message.includes("dangerouslyAllowBrowser")) fail(`the message names the option: ${message}`);
      if (!/proxy/i.test(message)) fail(`the message offers the proxy alternative: ${message}`);
      if (!/anyone|expose|visible|read/i.test(message)) fail(`the message explains the risk: ${message}`);
      if (message.includes("sk-page-key")) fail("the message repeats the key");
      if (calls.headers.length !== 0) fail("a request was sent");
    },
  },
  {
    name: "browser: with dangerouslyAllowBrowser the key is sent",
    async run(context) {
      const calls = recorder();
      const error = await attempt(context, {
        apiKey: "sk-page-key",
        baseURL: context.baseURL,
        dangerouslyAllowBrowser: true,
        fetch: calls.fetch,
      });
      if (error) throw error;
      if (calls.headers[0]?.get("authorization") !== "Bearer sk-page-key") fail("no Authorization header");
    },
  },
  {
    name: "browser: a proxy baseURL needs no key, and the page sends no Authorization",
    async run(context) {
      const calls = recorder();
      const error = await attempt(context, { baseURL: context.proxyURL, fetch: calls.fetch });
      if (error) throw error;
      if (calls.headers.length !== 1) fail(`expected one request, saw ${calls.headers.length}`);
      if (calls.headers[0]!.has("authorization")) fail("an Authorization header was sent");
    },
  },
  {
    name: "browser: no User-Agent is set; x-maxtoken-sdk names @maxtoken/browser and browser/<engine>",
    async run(context) {
      const calls = recorder();
      const error = await attempt(context, { baseURL: context.proxyURL, fetch: calls.fetch });
      if (error) throw error;
      const sent = calls.headers[0]!;
      if (sent.has("user-agent")) fail(`User-Agent was set: ${sent.get("user-agent")}`);
      const sdkHeader = sent.get("x-maxtoken-sdk") ?? "";
      if (!/^@maxtoken\/browser@\S+ browser\/chrome-\d+$/.test(sdkHeader)) fail(`x-maxtoken-sdk: ${sdkHeader}`);
    },
  },
];
