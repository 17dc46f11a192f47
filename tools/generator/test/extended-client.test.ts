// The client generated from the extended fixture, calling a real HTTP server on 127.0.0.1:
// path parameters, query strings, bodies, 204s, typed errors, checks before the network, streams.

import { join } from "node:path";
import { NotFoundError, ValidationError } from "@maxtoken/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES } from "./support/paths.ts";
import { materialize, scratchDir } from "./support/scratch.ts";
import { type Answer, chatRoute, type Received, startServer } from "./support/server.ts";

const model = { id: "acme-embed-1", object: "model", owned_by: "acme", description: null };

function route(request: Received): Answer | undefined {
  const [path, query = ""] = request.url.split("?");
  const key = `${request.method} ${path}`;
  if (key === "GET /v1/models") return { json: { object: "list", data: [model], query } };
  if (key === "GET /v1/models/acme-embed-1") return { json: model };
  if (key === "POST /v1/models/acme-embed-1") return { json: { ...model, ...(request.body as object) } };
  if (key === "DELETE /v1/models/acme-embed-1") return { status: 204 };
  if (key === "GET /v1/models/acme-embed-1/versions") return { json: ["2", "1"] };
  if (key === "POST /v1/embeddings") {
    const input = (request.body as { input: string | string[] }).input;
    const texts = typeof input === "string" ? [input] : input;
    return { json: { object: "list", data: texts.map((text, index) => ({ index, embedding: [text.length, 0.5] })) } };
  }
  if (key === "POST /v1/moderations")
    return { json: { flagged: (request.body as { input: string }).input.includes("bad") } };
  return chatRoute(request);
}

let server: Awaited<ReturnType<typeof startServer>>;
// The generated module is loaded at run time from the scratch folder, so it is untyped here; its
// types are checked by typecheck.test.ts.
let client: any;

beforeAll(async () => {
  const extended = FIXTURES[1];
  const dir = scratchDir("extended-client");
  materialize(dir, await renderSpec(extended.spec, extended.label));
  const { Acme } = await import(join(dir, "generated/index.gen.ts"));
  server = await startServer(route);
  client = new Acme({ apiKey: "sk-test", baseURL: server.baseURL, maxRetries: 0 });
});
afterAll(() => server?.close());

const last = () => server.received.at(-1)!;

describe("the generated Acme client against a real server", () => {
  it("client.models.list() sends the query parameters it is given, and none otherwise", async () => {
    const page = await client.models.list({ limit: 2, owned_by: "acme" });
    expect(page.data).toEqual([model]);
    expect(last().url).toBe("/v1/models?limit=2&owned_by=acme");
    await client.models.list();
    expect(last().url).toBe("/v1/models");
  });

  it("client.models.retrieve(modelId) puts the id in the path, encoded", async () => {
    expect(await client.models.retrieve("acme-embed-1")).toEqual(model);
    await expect(client.models.retrieve("a/b c")).rejects.toBeInstanceOf(NotFoundError);
    expect(last().url).toBe("/v1/models/a%2Fb%20c");
  });

  it("client.models.update(modelId, body) posts the body", async () => {
    const updated = await client.models.update("acme-embed-1", { description: "Small and fast." });
    expect(updated.description).toBe("Small and fast.");
    expect(last()).toMatchObject({ method: "POST", body: { description: "Small and fast." } });
  });

  it("client.models.delete(modelId) resolves to undefined on a 204", async () => {
    await expect(client.models.delete("acme-embed-1")).resolves.toBeUndefined();
    expect(last().method).toBe("DELETE");
  });

  it("a nested namespace hangs off its parent resource: client.models.versions.list(modelId)", async () => {
    expect(await client.models.versions.list("acme-embed-1")).toEqual(["2", "1"]);
    expect(last().url).toBe("/v1/models/acme-embed-1/versions");
  });

  it("an error status becomes core's class for it", async () => {
    const error = await client.models.retrieve("missing").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.status).toBe(404);
  });

  it("client.embeddings.create(body) sends the hoisted inline body and returns the inline response", async () => {
    const result = await client.embeddings.create({ model: "acme-embed-1", input: ["ab", "abc"] });
    expect(result.data.map((item: { embedding: number[] }) => item.embedding[0])).toEqual([2, 3]);
  });

  it.each([
    ["embeddings", () => client.embeddings.create({ model: "acme-embed-1", input: [] }), "input", "minItems"],
    ["embeddings", () => client.embeddings.create({ model: "m", input: "x", dimensions: 0 }), "dimensions", "minimum"],
    ["models", () => client.models.update("acme-embed-1", { description: "" }), "description", "minLength"],
    ["safety", () => client.safety.moderate({ input: "x".repeat(1001) }), "input", "maxLength"],
  ])("client.%s checks the body before the network", async (_, call, path, rule) => {
    const sent = server.received.length;
    const error = await call().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toContainEqual(expect.objectContaining({ path, rule }));
    expect(server.received.length).toBe(sent);
  });

  it("x-sdk-method names the method: client.safety.moderate()", async () => {
    expect(await client.safety.moderate({ input: "all good" })).toEqual({ flagged: false });
    expect(last().url).toBe("/v1/moderations");
  });

  it("client.chat.completions.create() answers plain and streamed", async () => {
    const completion = await client.chat.completions.create({
      model: "claude-opus-4-6",
      messages: [{ role: "user", content: "Hi" }],
    });
    expect(completion.choices[0].message.content).toBe("Hello!");
    const stream = await client.chat.completions.create({
      model: "claude-opus-4-6",
      messages: [{ role: "user", content: "Hi" }],
      stream: true,
    });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
    expect(text).toBe("Hello!");
    expect(last().headers.accept).toBe("text/event-stream");
  });

  it("withResponse() gives the request id", async () => {
    const { data, requestId } = await client.models.retrieve("acme-embed-1").withResponse();
    expect(data.id).toBe("acme-embed-1");
    expect(requestId).toBe("req_json");
  });
});
