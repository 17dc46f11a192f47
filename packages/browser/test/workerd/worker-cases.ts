// Worker-only behaviour, run in workerd beside the conformance suite: a Worker is a server, so
// the key it holds in an env binding is sent like on any server, with no browser key policy.
import type { ConformanceContext } from "@maxtoken/conformance";

/** The worker cases also get the key from the Worker's env binding. */
export interface WorkerContext extends ConformanceContext {
  /** `env.MAXTOKEN_API_KEY`, a binding of the Worker. */
  apiKey: string;
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

export const workerCases: Array<{ name: string; run(context: WorkerContext): Promise<void> }> = [
  {
    name: "worker: the key from the env binding is sent without dangerouslyAllowBrowser (no page here)",
    async run(context) {
      const calls = recorder();
      const client = new context.sdk.Maxtoken({ apiKey: context.apiKey, baseURL: context.baseURL, fetch: calls.fetch });
      const completion = await client.chat.completions.create(body);
      if (completion.object !== "chat.completion") fail(`unexpected answer: ${JSON.stringify(completion)}`);
      const sent = calls.headers[0];
      if (sent?.get("authorization") !== `Bearer ${context.apiKey}`) fail("the binding's key was not sent");
    },
  },
  {
    name: "worker: x-maxtoken-sdk names @maxtoken/browser and worker/cloudflare-workers, with a User-Agent",
    async run(context) {
      const calls = recorder();
      const client = new context.sdk.Maxtoken({ apiKey: context.apiKey, baseURL: context.baseURL, fetch: calls.fetch });
      await client.chat.completions.create(body);
      const sent = calls.headers[0]!;
      const sdkHeader = sent.get("x-maxtoken-sdk") ?? "";
      if (!/^@maxtoken\/browser@\S+ worker\/cloudflare-workers$/.test(sdkHeader)) fail(`x-maxtoken-sdk: ${sdkHeader}`);
      if (sent.get("user-agent") !== sdkHeader) fail(`User-Agent: ${sent.get("user-agent")}`);
    },
  },
  {
    name: "worker: no key is a MaxtokenError before the network, saying to pass apiKey from the env binding",
    async run(context) {
      const calls = recorder();
      let error: unknown;
      try {
        new context.sdk.Maxtoken({ baseURL: context.baseURL, fetch: calls.fetch });
      } catch (caught) {
        error = caught;
      }
      if (!(error instanceof context.sdk.MaxtokenError)) fail(`expected a MaxtokenError, got ${String(error)}`);
      if (!error.message.includes("env.MAXTOKEN_API_KEY")) fail(`the message names the binding: ${error.message}`);
      if (calls.headers.length !== 0) fail("a request was sent");
    },
  },
];
