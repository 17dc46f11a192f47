import { startMockServer } from "@maxtoken/mock-server";

/** The mock server on 127.0.0.1 (random port) and the API root (`baseURL`) that clients use. */
export interface RunningMock {
  /** The server's origin, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  /** The API root with the spec's prefix, e.g. `http://127.0.0.1:4321/v1`: use it as `baseURL`. */
  baseURL: string;
  /** How many sockets are open on the server right now. */
  openConnections(): Promise<number>;
  close(): Promise<void>;
}

/**
 * @param options.log - receives one line per finished response, e.g. `POST /v1/chat/completions 200 (cut) req_... 3ms`.
 * @param options.apiKey - accept only this key (401 for any other); default: any non-empty key.
 * @param options.chunkDelayMs - wait between stream events, so a test can see a stream arrive in parts.
 */
export async function startMock(
  options: { log?: (line: string) => void; apiKey?: string; chunkDelayMs?: number } = {},
): Promise<RunningMock> {
  const server = await startMockServer({ port: 0, ...options });
  return {
    origin: server.origin,
    baseURL: server.url,
    openConnections: () => server.openConnections(),
    close: () => server.close(),
  };
}
