// Every kind of request and answer a generated method can describe, over real HTTP: header
// parameters, query styles, parameter checks, multipart and urlencoded forms, raw bytes and text
// bodies; binary, text and empty answers; `asResponse()`.
import { describe, expect, test } from "vitest";
import { ValidationError } from "../src/index.ts";
import { encodeBytes, encodeMultipart, encodeText, encodeUrlencoded, styledQuery } from "../src/internal.ts";
import { json, startServer } from "./helpers/http-test-server.ts";
import { clientFor, rejection } from "./helpers/test-client.ts";

const echo = () =>
  startServer((request, response) =>
    json(response, 200, { url: request.url, headers: request.headers, body: request.body }),
  );
type Echo = { url: string; headers: Record<string, string>; body: string };

describe("parameters", () => {
  test("header parameters are sent (arrays joined, undefined left out) and per-request headers override them", async () => {
    const server = await echo();
    const client = clientFor(server);
    const seen = await client.request<Echo>(
      { method: "get", path: "/a", headers: { "X-Beta": ["a", "b"], "X-Count": 2, "X-None": undefined } },
      { headers: { "x-count": "3" } },
    );
    expect(seen.headers["x-beta"]).toBe("a,b");
    expect(seen.headers["x-count"]).toBe("3");
    expect(seen.headers).not.toHaveProperty("x-none");
  });

  test("a header parameter with a line break is refused before the network", async () => {
    const server = await echo();
    const error = await rejection(
      clientFor(server).request({ method: "get", path: "/a", headers: { "X-A": "a\r\nb" } }),
    );
    expect(error.message).toContain(`Invalid header value for "X-A"`);
    expect(server.requests).toHaveLength(0);
  });

  test.each([
    [{ style: "form", explode: true }, "ids=1&ids=2"],
    [{ style: "form", explode: false }, "ids=1,2"],
    [{ style: "pipeDelimited", explode: false }, "ids=1|2"],
    [{ style: "spaceDelimited", explode: false }, "ids=1%202"],
  ] as const)("query arrays follow the spec's style %o", async (style, search) => {
    const server = await echo();
    const seen = await clientFor(server).request<Echo>({
      method: "get",
      path: "/a",
      query: { ids: [1, 2] },
      serializeQuery: styledQuery({ ids: style }),
    });
    expect(seen.url).toBe(`/v1/a?${search}`);
  });

  test("query objects: deepObject and exploded form", async () => {
    const server = await echo();
    const client = clientFor(server);
    const deep = await client.request<Echo>({
      method: "get",
      path: "/a",
      query: { metadata: { k: "v" } },
      serializeQuery: styledQuery({ metadata: { style: "deepObject", explode: true } }),
    });
    expect(decodeURIComponent(deep.url)).toBe("/v1/a?metadata[k]=v");
    const form = await client.request<Echo>({
      method: "get",
      path: "/a",
      query: { metadata: { k: "v", n: "1" } },
      serializeQuery: styledQuery({ metadata: { style: "form", explode: true } }),
    });
    expect(form.url).toBe("/v1/a?k=v&n=1");
  });

  test("checkParams sees path, query and header values by name, and stops the request", async () => {
    const server = await echo();
    const seen: unknown[] = [];
    const error = await rejection(
      clientFor(server).request({
        method: "get",
        path: "/a/{id}",
        pathParams: { id: "x" },
        query: { limit: 500 },
        headers: { "X-A": "h" },
        checkParams: (values) => {
          seen.push(values);
          return [{ path: "limit", rule: "maximum", message: "must be <= 100 (got 500)" }];
        },
      }),
    );
    expect(seen).toEqual([{ id: "x", limit: 500, "X-A": "h" }]);
    expect(error).toBeInstanceOf(ValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("request bodies", () => {
  test("multipart: Blob, File, Uint8Array and ReadableStream fields become files; other fields text or JSON", async () => {
    const server = await startServer(async (request, response) => {
      const form = await new Response(request.body, {
        headers: { "content-type": request.headers["content-type"]! },
      }).formData();
      const fields: Record<string, unknown> = {};
      for (const [name, value] of form) {
        fields[name] = typeof value === "string" ? value : { file: value.name, text: await value.text() };
      }
      json(response, 200, fields);
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("streamed"));
        controller.close();
      },
    });
    const fields = await clientFor(server).request({
      method: "post",
      path: "/files",
      encodeBody: encodeMultipart,
      body: {
        file: new File(["file bytes"], "notes.txt"),
        blob: new Blob(["blob bytes"]),
        bytes: new TextEncoder().encode("raw"),
        stream,
        purpose: "fine-tune",
        n: 2,
        meta: { a: 1 },
        skipped: undefined,
      },
    });
    expect(fields).toEqual({
      file: { file: "notes.txt", text: "file bytes" },
      blob: { file: "blob", text: "blob bytes" },
      bytes: { file: "bytes", text: "raw" },
      stream: { file: "stream", text: "streamed" },
      purpose: "fine-tune",
      n: "2",
      meta: '{"a":1}',
    });
    expect(server.requests[0]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  });

  test("a multipart body is encoded once and resent as it was on a retry", async () => {
    let calls = 0;
    const server = await startServer((request, response) => {
      calls++;
      if (calls === 1) json(response, 500, { error: { message: "try again" } });
      else json(response, 200, { length: request.body.length });
    });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array([1, 2, 3]));
        controller.close();
      },
    });
    const client = clientFor(server, { maxRetries: 1 });
    await client.request({ method: "post", path: "/f", encodeBody: encodeMultipart, body: { file: stream } });
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]!.body.length).toBe(server.requests[0]!.body.length);
    expect(server.requests[0]!.body).toContain("\u0001\u0002\u0003");
    expect(server.requests[1]!.body).toContain("\u0001\u0002\u0003");
  });

  test("a raw-bytes body that is not bytes is refused before the network", async () => {
    const server = await echo();
    const error = await rejection(
      clientFor(server).request({ method: "post", path: "/f", encodeBody: encodeBytes, body: { not: "bytes" } }),
    );
    expect(error.message).toContain("must be a Blob, File, Uint8Array, ArrayBuffer or ReadableStream");
    expect(server.requests).toHaveLength(0);
  });

  test("urlencoded, raw bytes and text bodies carry their content type", async () => {
    const server = await echo();
    const client = clientFor(server);
    const form = await client.request<Echo>({
      method: "post",
      path: "/f",
      encodeBody: encodeUrlencoded,
      body: { a: "1 2", b: [1, 2] },
    });
    expect(form.body).toBe("a=1+2&b=1&b=2");
    expect(form.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    const bytes = await client.request<Echo>({
      method: "post",
      path: "/f",
      encodeBody: encodeBytes,
      contentType: "audio/mpeg",
      body: new TextEncoder().encode("ID3"),
    });
    expect(bytes.body).toBe("ID3");
    expect(bytes.headers["content-type"]).toBe("audio/mpeg");
    const text = await client.request<Echo>({
      method: "post",
      path: "/f",
      encodeBody: encodeText,
      contentType: "text/csv",
      body: "a,b",
    });
    expect([text.body, text.headers["content-type"]]).toEqual(["a,b", "text/csv"]);
  });
});

describe("answers", () => {
  const bytes = () =>
    startServer((_request, response) => {
      response.writeHead(200, { "content-type": "audio/mpeg", "x-request-id": "req_bin" });
      response.end(Buffer.from([0xff, 0xfb, 0x90]));
    });

  test("a binary answer resolves to the unread Response", async () => {
    const server = await bytes();
    const response = await clientFor(server).request<Response>({
      method: "get",
      path: "/speech",
      responseKind: "binary",
    });
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([0xff, 0xfb, 0x90]);
    expect(server.requests[0]!.headers.accept).toBe("*/*");
  });

  test("a text answer resolves to a string; an operation that answers nothing (204) to undefined", async () => {
    const server = await startServer((request, response) => {
      if (request.url.endsWith("/text")) {
        response.writeHead(200, { "content-type": "text/plain" });
        response.end("1\n2");
      } else {
        response.writeHead(204);
        response.end();
      }
    });
    const client = clientFor(server);
    expect(await client.request({ method: "get", path: "/text", responseKind: "text" })).toBe("1\n2");
    expect(await client.request({ method: "delete", path: "/x", responseKind: "empty" })).toBeUndefined();
  });

  test("asResponse() hands back the raw Response of a JSON call, unread", async () => {
    const server = await startServer((_request, response) => json(response, 200, { n: 1 }));
    const response = await clientFor(server).request({ method: "get", path: "/a" }).asResponse();
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ n: 1 });
  });

  test("asResponse() still rejects with the typed error on an error status", async () => {
    const server = await startServer((_request, response) => json(response, 404, { error: { message: "no" } }));
    const error = await rejection(clientFor(server).request({ method: "get", path: "/a" }).asResponse());
    expect((error as { status?: number }).status).toBe(404);
  });
});
