import { startMockServer } from "@maxtoken/mock-server";

/** The mock server on 127.0.0.1 (random port) and the API root (`baseURL`) that clients use. */
export interface RunningMock {
  /** The server's origin, e.g. `http://127.0.0.1:4321`. */
  origin: string;
  /** The API root with the spec's prefix, e.g. `http://127.0.0.1:4321/v1`: use it as `baseURL`. */
  baseURL: string;
  close(): Promise<void>;
}

export async function startMock(): Promise<RunningMock> {
  const server = await startMockServer({ port: 0 });
  return { origin: server.origin, baseURL: server.url, close: () => server.close() };
}
