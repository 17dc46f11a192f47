// The client generated from the shapes fixture (every OpenAI-style parameter, body and answer
// kind) calls a real HTTP server on 127.0.0.1: one live call per generated method, checked on
// both sides of the wire. Then the same output typechecks for browsers (DOM, no Node types) and
// under Deno.
import { spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { ValidationError } from "@maxtoken/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES, FIXTURES_DIR } from "./support/paths.ts";
import { denoCheck, materialize, scratchDir, typecheckForBrowsers } from "./support/scratch.ts";
import { type Answer, type Received, sse, startServer } from "./support/server.ts";

const shapes = FIXTURES.find((fixture) => fixture.name === "shapes")!;
let dir: string;
// The client is imported from generated code at run time (typed by the usage file, not here).
let client: any;
let server: Awaited<ReturnType<typeof startServer>>;
const seen = () => server.received.at(-1)!;

function route(request: Received): Answer | undefined {
  const [path] = request.url.split("?");
  const key = `${request.method} ${path}`;
  if (key === "GET /v1/models") return { json: { data: [{ id: "m-1" }] } };
  if (key === "GET /v1/models/m-1") return { json: { id: "m-1" } };
  if (key === "DELETE /v1/models/m-1") return { status: 204 };
  if (key === "DELETE /v1/models/busy")
    return { status: 409, json: { error: { message: "in use", type: "conflict" } } };
  if (key === "POST /v1/files") return { json: { id: "file-1", bytes: 10 } };
  if (key === "GET /v1/files/file-1/content")
    return { content: { type: "application/octet-stream", data: new Uint8Array([0, 1, 2, 255]) } };
  if (key === "POST /v1/audio/speech") return { content: { type: "audio/mpeg", data: new Uint8Array([0xff, 0xfb]) } };
  if (key === "POST /v1/audio/transcriptions") return { content: { type: "text/plain", data: "hello there" } };
  if (key === "POST /v1/uploads/up-1/parts") return { json: { id: `part-${request.raw.length}` } };
  if (key === "POST /v1/oauth/token") return { json: { access_token: "tok" } };
  if (key === "POST /v1/assistants") return { json: { id: "asst-1" } };
  if (key === "POST /v1/completions") {
    if ((request.body as { stream?: boolean }).stream)
      return { events: [sse({ text: "Hel" }), sse({ text: "lo" }), sse("[DONE]")] };
    return { json: { text: "Hello" } };
  }
  return undefined;
}

beforeAll(async () => {
  dir = scratchDir("shapes-client");
  materialize(dir, await renderSpec(shapes.spec, shapes.label, undefined, () => {}));
  server = await startServer(route);
  const { Shapes } = await import(join(dir, "generated/index.gen.ts"));
  client = new Shapes({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });
});
afterAll(() => server?.close());

describe("parameters", () => {
  it("query parameters follow their style; a header parameter is a field of params", async () => {
    const page = await client.models.list({
      limit: 5,
      ids: ["a", "b"],
      tags: ["x", "y"],
      metadata: { team: "ml" },
      "OpenAI-Organization": "org-1",
    });
    expect(page).toEqual({ data: [{ id: "m-1" }] });
    expect(decodeURIComponent(seen().url)).toBe("/v1/models?limit=5&ids=a,b&tags=x|y&metadata[team]=ml");
    expect(seen().headers["openai-organization"]).toBe("org-1");
  });

  it("query, header and path values are checked before the network", async () => {
    const before = server.received.length;
    const tooMany = await client.models
      .list({ limit: 500, metadata: { a: "1", b: "2", c: "3" } })
      .catch((error: unknown) => error);
    expect(tooMany).toBeInstanceOf(ValidationError);
    expect((tooMany as ValidationError).issues.map((issue) => [issue.path, issue.rule])).toEqual([
      ["limit", "maximum"],
      ["metadata", "maxProperties"],
    ]);
    const emptyHeader = await client.models.list({ "OpenAI-Organization": "" }).catch((error: unknown) => error);
    expect((emptyHeader as ValidationError).issues[0]).toMatchObject({
      path: '["OpenAI-Organization"]',
      rule: "minLength",
    });
    const badPath = await client.models.retrieve("Not Valid").catch((error: unknown) => error);
    expect((badPath as ValidationError).issues[0]).toMatchObject({ path: "model", rule: "pattern" });
    const missingHeader = await client.assistants.create({}, {}).catch((error: unknown) => error);
    expect((missingHeader as ValidationError).issues[0]).toMatchObject({ path: '["OpenAI-Beta"]', rule: "required" });
    expect(server.received.length).toBe(before);
  });

  it("a required header parameter is sent", async () => {
    expect(await client.assistants.create({ name: "a" }, { "OpenAI-Beta": "assistants=v2" })).toEqual({ id: "asst-1" });
    expect(seen().headers["openai-beta"]).toBe("assistants=v2");
  });
});

describe("bodies", () => {
  it("multipart: a File is uploaded with its name beside the other fields", async () => {
    const file = await client.files.create({ file: new File(["line 1\n"], "data.jsonl"), purpose: "fine-tune" });
    expect(file).toEqual({ id: "file-1", bytes: 10 });
    expect(seen().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(seen().body).toContain('name="file"; filename="data.jsonl"');
    expect(seen().body).toContain("line 1");
    expect(seen().body).toContain('name="purpose"\r\n\r\nfine-tune');
  });

  it("multipart: additionalProperties: false refuses an unknown field before the network", async () => {
    const error = await client.files
      .create({ file: new Blob(["x"]), purpose: "batch", extra: 1 })
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues).toEqual([
      { path: "extra", rule: "additionalProperties", message: "is not a known field" },
    ]);
  });

  it("multipart: a ReadableStream file is read and sent", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("streamed audio"));
        controller.close();
      },
    });
    expect(await client.audio.transcriptions.create({ file: stream })).toBe("hello there");
    expect(seen().body).toContain("streamed audio");
  });

  it("raw bytes: a Uint8Array body is sent as it is", async () => {
    expect(await client.uploads.parts.create("up-1", new Uint8Array([1, 2, 3, 4, 5]))).toEqual({ id: "part-5" });
    expect(seen().headers["content-type"]).toBe("application/octet-stream");
  });

  it("urlencoded: fields and repeated arrays", async () => {
    await client.oauth.token.create({ grant_type: "client_credentials", scope: ["a", "b"] });
    expect(seen().body).toBe("grant_type=client_credentials&scope=a&scope=b");
  });

  it("a discriminated oneOf names the alternative the tag picks", async () => {
    const error = await client.audio.speech
      .create({ input: "Hi", voice: { type: "custom", id: "v" } })
      .catch((caught: unknown) => caught);
    expect((error as ValidationError).issues).toEqual([
      { path: "voice.id", rule: "minLength", message: "must be at least 3 characters long" },
    ]);
  });
});

describe("answers", () => {
  it("binary: the unread Response, as openai-node returns it", async () => {
    const response: Response = await client.files.content("file-1");
    expect(response).toBeInstanceOf(Response);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0, 1, 2, 255]);
    const speech: Response = await client.audio.speech.create({ input: "Hi", voice: { type: "named", name: "alloy" } });
    expect(speech.headers.get("content-type")).toBe("audio/mpeg");
  });

  it("empty (204) resolves to undefined; a 409 (no class of its own) rejects as APIError with its status", async () => {
    expect(await client.models.delete("m-1")).toBeUndefined();
    const error = await client.models.delete("busy").catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "APIError", status: 409 });
  });

  it("x-stream-flag on another operation: JSON, or a stream of events", async () => {
    expect(await client.completions.create({ prompt: "Hi" })).toEqual({ text: "Hello" });
    const texts: string[] = [];
    for await (const event of await client.completions.create({ prompt: "Hi", stream: true })) texts.push(event.text);
    expect(texts).toEqual(["Hel", "lo"]);
  });

  it("asResponse() and withResponse() on a generated method", async () => {
    const response: Response = await client.models.retrieve("m-1").asResponse();
    expect(await response.json()).toEqual({ id: "m-1" });
    const { data, requestId } = await client.models.retrieve("m-1").withResponse();
    expect([data, requestId]).toEqual([{ id: "m-1" }, "req_json"]);
  });
});

describe("the shapes client in other runtimes' type settings", () => {
  it("typechecks for browsers: DOM lib, no Node types", { timeout: 180_000 }, () => {
    const browser = scratchDir("shapes-browser");
    materializeCopy(browser);
    const { status, output } = typecheckForBrowsers(browser);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("typechecks under Deno (deno check)", { timeout: 180_000 }, () => {
    const deno = scratchDir("shapes-deno");
    materializeCopy(deno);
    const { status, output } = denoCheck(deno, "usage.ts");
    expect(output).not.toMatch(/error/i);
    expect(status).toBe(0);
  });
});

/** The generated files, the runtime stub and the usage file, in a new folder. */
function materializeCopy(target: string): void {
  spawnSync("cp", ["-r", join(dir, "generated"), join(dir, "runtime.ts"), target]);
  copyFileSync(join(FIXTURES_DIR, "usage/shapes.ts"), join(target, "usage.ts"));
}
