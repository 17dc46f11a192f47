// Multipart uploads, binary and text answers, raw byte bodies and empty answers, through the
// client generated from the generator's shapes fixture (./generated/), against the mock server
// serving that same spec. Runtime-neutral like the main suite: each harness passes the mock
// server's URL and turns each case into one test.
import { AssertionFailed, assert, assertEqual, assertMatch, assertRejects } from "../assert.ts";
import { TEST_API_KEY } from "../fixtures.ts";
import {
  addUploadPart,
  createSpeech,
  createTranscription,
  deleteModel,
  downloadFile,
  InternalServerError,
  Shapes,
  ShapesBase,
  ValidationError,
} from "./generated/index.gen.ts";

/** What a shapes case needs: the API root of a mock server started on the shapes fixture spec. */
export interface ShapeContext {
  /** E.g. `http://127.0.0.1:4321`: the mock server serving tools/generator/test/fixtures/shapes/openapi.yaml. */
  baseURL: string;
}

/** One case of the shapes suite: a name and a body that throws on failure. */
export interface ShapeCase {
  name: string;
  run(context: ShapeContext): Promise<void>;
}

/**
 * Two clients of the shapes spec, one fetch that counts what they send: `base`, the base client
 * for the standalone functions, and `shapes`, the client class with its namespaces.
 */
function makeClients(context: ShapeContext): { base: ShapesBase; shapes: Shapes; sent: () => number } {
  let count = 0;
  const options = {
    apiKey: TEST_API_KEY,
    baseURL: context.baseURL,
    maxRetries: 0,
    logLevel: "off" as const,
    fetch: (url: string, init: RequestInit) => {
      count++;
      return globalThis.fetch(url, init);
    },
  };
  return { base: new ShapesBase(options), shapes: new Shapes(options), sent: () => count };
}

/** `size` bytes that take every byte value (no valid UTF-8, so any text decoding on the way shows). */
function payload(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 7 + 3) % 256;
  return bytes;
}

function assertSameBytes(actual: Uint8Array, expected: Uint8Array, what: string): void {
  assertEqual(actual.byteLength, expected.byteLength, `${what}: length`);
  const first = actual.findIndex((byte, index) => byte !== expected[index]);
  if (first >= 0) throw new AssertionFailed(`${what}: byte ${first} is ${actual[first]}, expected ${expected[first]}`);
}

/** What the harness's `create-file` handler answers: the file as the server received it. */
interface ReceivedFile {
  id: string;
  bytes: number;
  filename: string;
  purpose: string;
}

/** 70 KB: more than one read of a socket, so chunk boundaries are crossed on the way. */
const SIZE = 70_000;

export const shapeCases: ShapeCase[] = [
  {
    name: "shapes: a multipart upload of a File arrives whole, with its name and the form's other field",
    async run(context) {
      const { shapes } = makeClients(context);
      const file = new File([payload(SIZE)], "notes.bin", { type: "application/octet-stream" });
      const created = (await shapes.files.create({ file, purpose: "assistants" })) as ReceivedFile;
      assertEqual(created.bytes, SIZE, "bytes received");
      assertEqual(created.filename, "notes.bin", "file name received");
      assertEqual(created.purpose, "assistants", "purpose received");
    },
  },
  {
    name: "shapes: a Uint8Array and a ReadableStream are uploaded as files too",
    async run(context) {
      const { shapes } = makeClients(context);
      const fromBytes = (await shapes.files.create({ file: payload(1234), purpose: "batch" })) as ReceivedFile;
      assertEqual(fromBytes.bytes, 1234, "bytes received from a Uint8Array");
      assertEqual(fromBytes.filename, "file", "a file without a name is named after its field");
      const stream = new Blob([payload(SIZE)]).stream();
      const fromStream = (await shapes.files.create({ file: stream, purpose: "fine-tune" })) as ReceivedFile;
      assertEqual(fromStream.bytes, SIZE, "bytes received from a ReadableStream");
    },
  },
  {
    name: "shapes: a binary download is the unread Response with its content type, byte for byte",
    async run(context) {
      const { base, shapes } = makeClients(context);
      const bytes = payload(SIZE);
      const created = (await shapes.files.create({ file: new Blob([bytes]), purpose: "assistants" })) as ReceivedFile;
      const response = await downloadFile(base, created.id);
      assert(response instanceof Response, "a download resolves to a Response");
      assertEqual(response.bodyUsed, false, "the body is left for the caller to read");
      assertEqual(response.status, 200, "status");
      assertEqual(response.headers.get("content-type"), "application/octet-stream", "content-type");
      assertSameBytes(new Uint8Array(await response.arrayBuffer()), bytes, "downloaded bytes");
    },
  },
  {
    name: "shapes: a binary answer synthesised from the spec (audio/mpeg) is the same bytes each time",
    async run(context) {
      const { base: client } = makeClients(context);
      const speak = () => createSpeech(client, { input: "Hello", voice: { type: "named", name: "alloy" } });
      const first = await speak();
      assertEqual(first.headers.get("content-type"), "audio/mpeg", "content-type");
      const bytes = new Uint8Array(await first.arrayBuffer());
      assert(bytes.byteLength > 0, "the answer has bytes");
      assertSameBytes(new Uint8Array(await (await speak()).arrayBuffer()), bytes, "a second answer");
    },
  },
  {
    name: "shapes: a multipart audio upload answered as text/plain resolves to a string",
    async run(context) {
      const { base: client } = makeClients(context);
      const text = await createTranscription(client, {
        file: new Blob([payload(2048)], { type: "audio/mpeg" }),
        language: "en",
      });
      assertEqual(typeof text, "string", "the answer's type");
      assert(text.length > 0, "the answer has text");
    },
  },
  {
    name: "shapes: a raw byte body (application/octet-stream) arrives whole",
    async run(context) {
      const { base: client } = makeClients(context);
      const part = await addUploadPart(client, "upload-1", payload(SIZE));
      assertEqual(part.id, `part-${SIZE}`, "the part the server made of the bytes");
    },
  },
  {
    name: "shapes: a 204 answer resolves to undefined",
    async run(context) {
      const { base: client } = makeClients(context);
      assertEqual(await deleteModel(client, "model-1"), undefined, "the result of a 204");
    },
  },
  {
    name: "shapes: a failed binary download rejects with its status, request id and the standard error body",
    async run(context) {
      const { base: client } = makeClients(context);
      const error = await assertRejects(
        () => downloadFile(client, "file-1", { headers: { "x-mock-fault": "status=500" } }),
        InternalServerError,
        "a 500 on a download",
      );
      assertEqual(error.status, 500, "status");
      assertMatch(error.requestId, /^req_/, "request id");
      const body = error.body as { error?: { message?: unknown; type?: unknown } } | undefined;
      assertEqual(typeof body?.error?.message, "string", "error.message in the body");
      assertEqual(typeof body?.error?.type, "string", "error.type in the body");
    },
  },
  {
    name: "shapes: a multipart body that breaks the spec is refused before the network, naming the field",
    async run(context) {
      const { shapes, sent } = makeClients(context);
      const error = await assertRejects(
        // deno-lint-ignore no-explicit-any
        () => shapes.files.create({ file: new Blob(["x"]), purpose: "holiday" as any }),
        ValidationError,
        "an unknown purpose",
      );
      assertEqual(error.issues[0]?.path, "purpose", "the field named");
      assertEqual(sent(), 0, "requests sent");
    },
  },
];
