import type { ClientLike, ConformanceContext } from "./context.ts";

/** The API key every case uses: never real, and checked never to leak into an error. */
export const TEST_API_KEY = "sk-conformance-7f3a9c1e-not-a-real-key";

export const MODEL = "claude-opus-4-6";

export const MESSAGES = [{ role: "user", content: "Say hello in five words." }] as const;

/** A plain request body. */
export function body(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { model: MODEL, messages: [...MESSAGES], max_tokens: 64, ...extra };
}

/** Every `fetch` call a client made (the requests still go over the wire to the mock server). */
export interface RecordedCall {
  url: string;
  headers: Headers;
  body: unknown;
}

/** A client of the package under test, pointed at the mock server, that records its `fetch` calls. */
export function makeClient(
  context: ConformanceContext,
  options: Record<string, unknown> = {},
): { client: ClientLike; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const recordingFetch = (url: string, init: RequestInit): Promise<Response> => {
    calls.push({
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === "string" ? JSON.parse(init.body) : init.body,
    });
    return globalThis.fetch(url, init);
  };
  const client = new context.sdk.Maxtoken({
    apiKey: TEST_API_KEY,
    baseURL: context.baseURL,
    maxRetries: 0,
    fetch: recordingFetch,
    // Browser packages send the key only when told to; the policy itself has its own tests.
    dangerouslyAllowBrowser: true,
    logLevel: "off",
    ...options,
  });
  return { client, calls };
}

/** Milliseconds since `start`. */
export function since(start: number): number {
  return Date.now() - start;
}
