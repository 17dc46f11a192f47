// The server on a spec with one operation of each shape (fixtures/shapes): every operation
// answers over real HTTP with what the spec declares (checked by an independent ajv), bad
// inputs get the spec's 400 naming the field, examples can be picked, and faults work on
// every operation, streamed or not.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { startMockServer } from "../src/index.ts";
import { multipart, type SendOptions, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";
import { loadSpecConformance } from "./helpers/spec-conformance.ts";

const specPath = fileURLToPath(new URL("./fixtures/shapes/openapi.yaml", import.meta.url));
const conformance = loadSpecConformance(specPath);
const server = useMockServer({
  spec: specPath,
  handlers: {
    // Named by the spec's `x-mock-handler: tag-echo`.
    "tag-echo": async (context) => {
      const { tags } = context.body as { tags: string[] };
      context.sendJson(200, { item_id: context.parameters.path.item_id, tags });
    },
  },
});

const tenant = { "x-tenant": "acme" };

/** A valid request for each operation of the fixture. */
async function validRequest(operationId: string): Promise<SendOptions> {
  switch (operationId) {
    case "listItems":
      return { method: "GET", path: "/v2/items?limit=5&tags=red&tags=blue", headers: tenant };
    case "createItem":
      return { path: "/v2/items", body: { name: "widget", price: 2.5, kind: "tool" } };
    case "getItem":
      return { method: "GET", path: "/v2/items/7" };
    case "deleteItem":
      return { method: "DELETE", path: "/v2/items/7" };
    case "setItemTags":
      return { method: "PUT", path: "/v2/items/7/tags", body: { tags: ["a", "b"] } };
    case "uploadFile": {
      const form = await multipart({ purpose: "batch", size_hint: "3", file: new Blob([new Uint8Array([1, 2, 3])]) });
      return { path: "/v2/files", body: form.body, headers: { "content-type": form.contentType } };
    }
    case "downloadFile":
      return { method: "GET", path: "/v2/files/file-12/content", encoding: "latin1" };
    case "getReport":
      return { method: "GET", path: "/v2/reports/daily" };
    case "createToken":
      return {
        path: "/v2/tokens",
        body: "grant_type=client_credentials&ttl=60",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      };
    case "runJob":
      return { path: "/v2/jobs/job-1/run", body: { priority: 2 } };
    case "getTree":
      return { method: "GET", path: "/v2/tree" };
    case "health":
      return { method: "GET", path: "/v2/health", apiKey: null };
    default:
      throw new Error(`no request for ${operationId}`);
  }
}

function expectBadRequest(result: { status?: number; json(): any }, param: string, words: string[] = []): void {
  expect(result.status).toBe(400);
  const { error } = result.json();
  expect(error.type).toBe("invalid_request_error");
  expect(error.param).toBe(param);
  for (const word of [param, ...words]) expect(error.message).toContain(word);
}

describe("a spec of every shape", () => {
  it("answers every operation with a response the spec declares, valid against its schema", async () => {
    const spec = await conformance;
    expect(spec.operations.map((operation) => operation.operationId).sort()).toEqual(
      [
        "createItem",
        "createToken",
        "deleteItem",
        "downloadFile",
        "getItem",
        "getReport",
        "getTree",
        "health",
        "listItems",
        "runJob",
        "setItemTags",
        "uploadFile",
      ].sort(),
    );
    for (const { operationId } of spec.operations) {
      const result = await send(server.current.origin, await validRequest(operationId));
      expect([200, 201, 204], `${operationId}: ${result.body}`).toContain(result.status);
      spec.expectConforming(operationId, result);
    }
  });

  it("synthesises deterministic bodies: allOf merged, lists at their minItems, patterns matched", async () => {
    const first = await send(server.current.origin, await validRequest("listItems"));
    const second = await send(server.current.origin, await validRequest("listItems"));
    expect(first.body).toBe(second.body);
    const list = first.json();
    expect(list.data.length).toBeGreaterThanOrEqual(2);
    expect(Object.keys(list.data[0])).toEqual(expect.arrayContaining(["id", "name", "price", "kind", "created_at"]));
    const uploaded = (await send(server.current.origin, await validRequest("uploadFile"))).json();
    expect(uploaded.id).toMatch(/^file-[0-9]+$/);
    const token = (await send(server.current.origin, await validRequest("createToken"))).json();
    expect(token.access_token.length).toBeGreaterThanOrEqual(20);
    expect(token.expires_in).toBeGreaterThan(0);
  });

  it("ends a recursive schema", async () => {
    const tree = (await send(server.current.origin, await validRequest("getTree"))).json();
    expect(tree.name).toBeTypeOf("string");
    expect(Array.isArray(tree.children)).toBe(true);
  });

  it("answers 204 with no body, and bytes and text with the declared content type", async () => {
    const deleted = await send(server.current.origin, await validRequest("deleteItem"));
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBe("");
    const download = await send(server.current.origin, await validRequest("downloadFile"));
    expect(download.headers["content-type"]).toBe("application/octet-stream");
    const bytes = Buffer.from(download.body, "latin1");
    expect(bytes.length).toBe(Number(download.headers["content-length"]));
    expect(bytes.length).toBeGreaterThan(0);
    const again = await send(server.current.origin, await validRequest("downloadFile"));
    expect(Buffer.from(again.body, "latin1").equals(bytes)).toBe(true);
    const report = await send(server.current.origin, await validRequest("getReport"));
    expect(report.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(report.body).toBe("day,count\n2024-05-01,3\n");
    const health = await send(server.current.origin, await validRequest("health"));
    expect(health.status).toBe(200);
    expect(health.body).toBe("ok");
  });

  it("answers the spec's examples: the first by default, another named by header or query parameter", async () => {
    const spec = await conformance;
    const plain = await send(server.current.origin, await validRequest("createItem"));
    expect(plain.status).toBe(201);
    expect(plain.json().name).toBe("widget");
    const byHeader = await send(server.current.origin, {
      ...(await validRequest("createItem")),
      headers: { "x-mock-example": "gadget" },
    });
    expect(byHeader.json()).toMatchObject({ id: 2, name: "gadget", owner: { name: "ada" } });
    const byQuery = await send(server.current.origin, {
      ...(await validRequest("createItem")),
      path: "/v2/items?x-mock-example=gadget",
    });
    expect(byQuery.json().name).toBe("gadget");
    spec.expectConforming("createItem", byQuery);
    // An error example answers with its status.
    const notFound = await send(server.current.origin, {
      ...(await validRequest("createItem")),
      headers: { "x-mock-example": "notFound" },
    });
    expect(notFound.status).toBe(400);
    expect(notFound.json().error.message).toBe("No such item.");
    // An example the schema refuses is sent only when named; the default answer stays valid.
    const item = await send(server.current.origin, await validRequest("getItem"));
    spec.expectConforming("getItem", item);
    expect(item.json().id).toBeTypeOf("number");
    const stale = await send(server.current.origin, {
      ...(await validRequest("getItem")),
      headers: { "x-mock-example": "stale" },
    });
    expect(stale.json()).toEqual({ id: "seven", name: "widget" });
    const unknown = await send(server.current.origin, {
      ...(await validRequest("createItem")),
      headers: { "x-mock-example": "nope" },
    });
    expectBadRequest(unknown, "x-mock-example", ["widget", "gadget"]);
  });

  it("streams server-sent events for an x-stream-flag operation that is not the chat one", async () => {
    const spec = await conformance;
    const plain = await send(server.current.origin, await validRequest("runJob"));
    expect(plain.headers["content-type"]).toBe("application/json");
    const streamed = await send(server.current.origin, { path: "/v2/jobs/job-1/run", body: { stream: true } });
    expect(streamed.status).toBe(200);
    expect(streamed.headers["content-type"]).toBe("text/event-stream; charset=utf-8");
    spec.expectConforming("runJob", streamed, "[END]");
    const events = streamed.events();
    expect(events.length).toBe(4);
    expect(events.at(-1)!.data).toBe("[END]");
  });

  it("hands an operation to the handler its x-mock-handler names, after the checks", async () => {
    const spec = await conformance;
    const result = await send(server.current.origin, await validRequest("setItemTags"));
    expect(result.json()).toEqual({ item_id: 7, tags: ["a", "b"] });
    spec.expectConforming("setItemTags", result);
    const tooMany = await send(server.current.origin, {
      method: "PUT",
      path: "/v2/items/7/tags",
      body: { tags: ["a", "b", "c", "d"] },
    });
    expectBadRequest(tooMany, "tags", ["at most 3"]);
  });
});

describe("requests the spec refuses", () => {
  const cases: Array<[string, () => Promise<SendOptions>, string, string[]]> = [
    ["a missing required header", async () => ({ method: "GET", path: "/v2/items" }), "x-tenant", ["required"]],
    [
      "a header that misses its pattern",
      async () => ({ method: "GET", path: "/v2/items", headers: { "x-tenant": "ACME!" } }),
      "x-tenant",
      ["pattern"],
    ],
    [
      "a query integer out of range",
      async () => ({ method: "GET", path: "/v2/items?limit=0", headers: tenant }),
      "limit",
      ["between 1 and 50", "got 0"],
    ],
    [
      "a query value that is not an integer",
      async () => ({ method: "GET", path: "/v2/items?limit=many", headers: tenant }),
      "limit",
      ["integer"],
    ],
    [
      "a query array item outside its enum",
      async () => ({ method: "GET", path: "/v2/items?tags=red&tags=purple", headers: tenant }),
      "tags[1]",
      ["purple"],
    ],
    [
      "a cookie outside its enum",
      async () => ({ method: "GET", path: "/v2/items", headers: { ...tenant, cookie: "theme=dark; region=mars" } }),
      "region",
      ["mars"],
    ],
    ["a path integer below its minimum", async () => ({ method: "GET", path: "/v2/items/0" }), "item_id", [">= 1"]],
    ["a path value that is not an integer", async () => ({ method: "GET", path: "/v2/items/seven" }), "item_id", []],
    [
      "a path value that misses its pattern",
      async () => ({ method: "GET", path: "/v2/files/x/content" }),
      "file_id",
      ["pattern"],
    ],
    [
      "a JSON body without a required field",
      async () => ({ path: "/v2/items", body: { name: "w", price: 1 } }),
      "kind",
      ["required"],
    ],
    [
      "a JSON number at its exclusive minimum",
      async () => ({ path: "/v2/items", body: { name: "w", price: 0, kind: "tool" } }),
      "price",
      [],
    ],
    [
      "a JSON enum miss through a $ref",
      async () => ({ path: "/v2/items", body: { name: "w", price: 1, kind: "car" } }),
      "kind",
      ["car"],
    ],
    [
      "a multipart upload without its file",
      async () => {
        const form = await multipart({ purpose: "batch" });
        return { path: "/v2/files", body: form.body, headers: { "content-type": form.contentType } };
      },
      "file",
      ["required"],
    ],
    [
      "a multipart field outside its enum",
      async () => {
        const form = await multipart({ purpose: "audio", file: new Blob(["x"]) });
        return { path: "/v2/files", body: form.body, headers: { "content-type": form.contentType } };
      },
      "purpose",
      ["audio"],
    ],
    [
      "a multipart integer field below its minimum",
      async () => {
        const form = await multipart({ purpose: "batch", size_hint: "-1", file: new Blob(["x"]) });
        return { path: "/v2/files", body: form.body, headers: { "content-type": form.contentType } };
      },
      "size_hint",
      [],
    ],
    [
      "a form field outside its enum",
      async () => ({
        path: "/v2/tokens",
        body: "grant_type=password",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      "grant_type",
      ["password"],
    ],
    [
      "a body in a media type the operation does not take",
      async () => ({ path: "/v2/files", body: "{}", headers: { "content-type": "application/json" } }),
      "content-type",
      ["multipart/form-data"],
    ],
  ];

  it.each(cases)("answers 400 naming the field to %s", async (_name, build, param, words) => {
    const spec = await conformance;
    const request = await build();
    const result = await send(server.current.origin, request);
    expectBadRequest(result, param, words);
    const operation = spec.operations.find(
      (entry) =>
        entry.method === (request.method ?? "POST") &&
        new RegExp(`^/v2${entry.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(request.path!.split("?")[0]!),
    );
    spec.expectConforming(operation!.operationId, result);
  });

  it("reads form fields named __proto__ or constructor as plain names (no prototype reached)", async () => {
    const spec = await conformance;
    const form = await multipart({
      purpose: "batch",
      file: new Blob(["x"]),
      ["__proto__"]: '{"polluted":true}',
      constructor: "x",
    } as Record<string, string | Blob>);
    const upload = await send(server.current.origin, {
      path: "/v2/files",
      body: form.body,
      headers: { "content-type": form.contentType },
    });
    expect(upload.status).toBe(200);
    spec.expectConforming("uploadFile", upload);
    const urlencoded = await send(server.current.origin, {
      path: "/v2/tokens",
      body: "grant_type=client_credentials&__proto__[polluted]=1&__proto__=x",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(urlencoded.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("asks for the key where the spec requires one, and not where it does not", async () => {
    const withoutKey = await send(server.current.origin, { ...(await validRequest("getItem")), apiKey: null });
    expect(withoutKey.status).toBe(401);
    expect(withoutKey.json().error.type).toBe("authentication_error");
    const open = await send(server.current.origin, await validRequest("health"));
    expect(open.status).toBe(200);
  });
});

describe("faults on every operation", () => {
  it("answers a fault status with the spec's error body on each operation", async () => {
    const spec = await conformance;
    for (const { operationId } of spec.operations) {
      const request = await validRequest(operationId);
      const result = await send(server.current.origin, {
        ...request,
        headers: { ...request.headers, "x-mock-fault": "status=503;retry-after-ms=20" },
      });
      expect(result.status, operationId).toBe(503);
      expect(result.headers["retry-after-ms"]).toBe("20");
      spec.expectConforming(operationId, result);
      expect(result.json().error.type).toBe("server_error");
    }
  });

  it("resets, delays and cuts any operation", async () => {
    const spec = await conformance;
    for (const { operationId } of spec.operations) {
      const request = await validRequest(operationId);
      const fault = (text: string) =>
        send(server.current.origin, { ...request, headers: { ...request.headers, "x-mock-fault": text } });
      const reset = await fault("reset");
      expect(reset.status, operationId).toBeUndefined();
      expect(reset.error?.code).toBe("ECONNRESET");
      const slow = await fault("latency=60");
      expect(slow.headersAt!, operationId).toBeGreaterThanOrEqual(55);
      if (slow.status === 204) continue;
      const cut = await fault("cut-after=1");
      expect(cut.complete, operationId).toBe(false);
    }
  });

  it("breaks a JSON body with malformed-json", async () => {
    const result = await send(server.current.origin, {
      ...(await validRequest("getItem")),
      headers: { "x-mock-fault": "malformed-json" },
    });
    expect(result.status).toBe(200);
    expect(() => JSON.parse(result.body)).toThrow();
  });

  it("applies the stream faults to a non-chat stream", async () => {
    const stream = { path: "/v2/jobs/job-1/run", body: { stream: true } };
    const errorAfter = await send(server.current.origin, {
      ...stream,
      headers: { "x-mock-fault": "error-event-after=1" },
    });
    const events = errorAfter.events();
    expect(events.map((event) => event.event ?? "message")).toEqual(["message", "error"]);
    expect(JSON.parse(events[1]!.data).error.type).toBe("server_error");
    const noDone = await send(server.current.origin, { ...stream, headers: { "x-mock-fault": "no-done" } });
    expect(noDone.events().map((event) => event.data)).not.toContain("[END]");
    const paced = await send(server.current.origin, { ...stream, headers: { "x-mock-fault": "chunk-delay=40" } });
    const pieces = paced.pieces.filter((piece) => piece.text.includes("data:"));
    expect(pieces.at(-1)!.at - pieces[0]!.at).toBeGreaterThanOrEqual(100);
    const cut = await send(server.current.origin, { ...stream, headers: { "x-mock-fault": "cut-after=2" } });
    expect(cut.complete).toBe(false);
    expect(cut.events().length).toBe(2);
  });
});

describe("cookie parameters", () => {
  it("reads a declared cookie among others, percent-decoded, and hands it to the handler", async () => {
    let seen: unknown;
    await using mock = await startMockServer({
      spec: specPath,
      port: 0,
      handlers: {
        listItems: async (context) => {
          seen = context.parameters.cookie;
          await context.answerFromSpec();
        },
        "tag-echo": (context) => context.answerFromSpec(),
      },
    });
    const result = await send(mock.origin, {
      method: "GET",
      path: "/v2/items",
      headers: { ...tenant, authorization: "Bearer sk-test", cookie: "theme=dark; region=%65u" },
    });
    expect(result.status).toBe(200);
    expect(seen).toEqual({ region: "eu" });
  });
});
