import { fileURLToPath } from "node:url";
import { type MockServer, type OperationHandler, startMockServer } from "@maxtoken/mock-server";

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
  return running(await startMockServer({ port: 0, ...options }));
}

/** What a harness needs of a started mock server. */
function running(server: MockServer): RunningMock {
  return {
    origin: server.origin,
    baseURL: server.url,
    openConnections: () => server.openConnections(),
    close: () => server.close(),
  };
}

/** The generator's shapes fixture: every parameter, body and answer kind of an OpenAI-style spec. */
export const SHAPES_SPEC = fileURLToPath(
  new URL("../../../../tools/generator/test/fixtures/shapes/openapi.yaml", import.meta.url),
);

/**
 * The mock server on the shapes fixture spec (`SHAPES_SPEC`), for the shapes cases. Every
 * operation answers from the spec, except three that report what arrived, so the cases can
 * check that bytes crossed the wire whole: `create-file` answers the uploaded file's size, name
 * and purpose; `download-file` sends back the bytes of a file uploaded before; `add-upload-part`
 * answers `part-<byte count>`.
 */
export async function startShapesMock(): Promise<RunningMock> {
  const files = new Map<string, Uint8Array>();
  const handlers: Record<string, OperationHandler> = {
    "create-file": async (context) => {
      const { file, purpose } = context.body as { file: File; purpose: string };
      const id = `file-${files.size + 1}`;
      files.set(id, new Uint8Array(await file.arrayBuffer()));
      context.sendJson(200, { id, bytes: file.size, filename: file.name, purpose });
    },
    "download-file": async (context) => {
      const bytes = files.get(String(context.parameters.path.file_id));
      if (bytes === undefined) return context.answerFromSpec();
      context.response.writeHead(200, {
        "content-type": "application/octet-stream",
        "content-length": bytes.byteLength,
      });
      context.response.end(bytes);
    },
    "add-upload-part": async (context) => {
      context.sendJson(200, { id: `part-${(context.body as Uint8Array).byteLength}` });
    },
  };
  return running(await startMockServer({ port: 0, spec: SHAPES_SPEC, handlers }));
}
