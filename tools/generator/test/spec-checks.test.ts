// Every check the generator makes on a spec (src/build-model.ts, src/model/, the core contract,
// the request checker's layout) and the Redocly rules it applies, each on a small spec written
// for it: the message, where it points and the fix. Warnings do not stop generation.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSpec, SpecError } from "../src/generate.ts";
import { scratchDir } from "./support/scratch.ts";

const HEAD = 'openapi: 3.1.0\ninfo: { title: T, version: "1", x-sdk-client-name: T }\n';
const ok = '{ "200": { description: ok } }';
const json = (schema: string) => `{ "200": { description: ok, content: { application/json: { schema: ${schema} } } } }`;

let counter = 0;
/** Writes the spec (and extra files) into a fresh folder and checks it. */
async function run(spec: string, files: Record<string, string> = {}) {
  const dir = scratchDir(`spec-checks-${counter++}`);
  writeFileSync(join(dir, "openapi.yaml"), spec);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  try {
    const { warnings, model } = await checkSpec(join(dir, "openapi.yaml"), "t");
    return { problems: [], warnings, model };
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    return { problems: error.problems, warnings: [], model: undefined };
  }
}

describe("problems that stop generation", () => {
  it.each([
    [
      "a missing x-sdk-client-name",
      `openapi: 3.1.0\ninfo: { title: T, version: "1" }\npaths: { /a: { get: { operationId: a, responses: ${ok} } } }\n`,
      "/info",
      "`info.x-sdk-client-name` is missing",
      "add `x-sdk-client-name: <ClassName>`",
    ],
    [
      "an x-sdk-client-name that is not a class name",
      `openapi: 3.1.0\ninfo: { title: T, version: "1", x-sdk-client-name: "my client" }\npaths: {}\n`,
      "/info",
      'must be a class name, got "my client"',
      "add `x-sdk-client-name",
    ],
    [
      "a HEAD operation",
      `${HEAD}paths: { /a: { head: { operationId: a, responses: ${ok} } } }\n`,
      "/paths/~1a/head",
      "GET, PUT, POST, PATCH and DELETE only",
      "remove the HEAD operation",
    ],
    [
      "operationIds that differ only in punctuation",
      `${HEAD}paths: { /a: { get: { operationId: list-a, responses: ${ok} } }, /b: { get: { operationId: listA, responses: ${ok} } } }\n`,
      "/paths/~1b/get/operationId",
      "names the same generated types as",
      "differ in more than case and punctuation",
    ],
    [
      "an operationId whose function is a name the package already exports",
      `${HEAD}paths: { /a: { get: { operationId: to-node-listener, responses: ${ok} } } }\n`,
      "/paths/~1a/get/operationId",
      "names the standalone function `toNodeListener`, which is already a name the runtime core exports",
      "give the operation another operationId",
    ],
    [
      "an operationId whose function is a schema name",
      `${HEAD}paths: { /a: { get: { operationId: listA, responses: ${ok} } } }\ncomponents: { schemas: { listA: { type: string } } }\n`,
      "/components/schemas/listA",
      "is also the name of the standalone function of `listA`",
      "rename the schema",
    ],
    [
      "two operations with one method name",
      `${HEAD}paths: { /a: { get: { operationId: a1, responses: ${ok} } }, /a/all: { get: { operationId: a2, x-sdk-method: a.list, responses: ${ok} } } }\n`,
      "/paths/~1a~1all/get",
      "maps to the method `client.a.list`",
      "x-sdk-method: a.a2",
    ],
    [
      "x-known-values that is not a list of strings",
      `${HEAD}paths: {}\ncomponents: { schemas: { M: { type: string, x-known-values: [1] } } }\n`,
      "/components/schemas/M/x-known-values",
      "must be a non-empty list of strings",
      "YAML list of strings",
    ],
    [
      "x-known-values on a number",
      `${HEAD}paths: {}\ncomponents: { schemas: { M: { type: number, x-known-values: [a] } } }\n`,
      "/components/schemas/M/x-known-values",
      "only applies to string schemas",
      "add `type: string`",
    ],
    [
      "a pattern that does not compile",
      `${HEAD}paths: {}\ncomponents: { schemas: { M: { type: string, pattern: "([a-z" } } }\n`,
      "/components/schemas/M/pattern",
      "is not a valid regular expression",
      "compiles with the `u` flag",
    ],
    [
      "a schema name that is not an identifier",
      `${HEAD}paths: {}\ncomponents: { schemas: { my-model: { type: string } } }\n`,
      "/components/schemas/my-model",
      "is not a TypeScript identifier",
      '"MyModel"',
    ],
    [
      "a schema named like a core import",
      `${HEAD}paths: {}\ncomponents: { schemas: { Stream: { type: string } } }\n`,
      "/components/schemas/Stream",
      "is taken by the runtime core",
      "`StreamObject`",
    ],
    [
      "a schema named like the client",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: ${ok} } } }\ncomponents: { schemas: { T: { type: string } } }\n`,
      "/components/schemas/T",
      "is also the name of the client class",
      "rename the schema",
    ],
    [
      "a schema named like a resource class",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: ${ok} } } }\ncomponents: { schemas: { AResource: { type: string } } }\n`,
      "/components/schemas/AResource",
      "the resource class of `client.a`",
      "rename the schema",
    ],
    [
      "a malformed x-sdk-method",
      `${HEAD}paths: { /a: { get: { operationId: a, x-sdk-method: list, responses: ${ok} } } }\n`,
      "/paths/~1a/get/x-sdk-method",
      "must be a dotted name",
      "`<namespace>.<method>`",
    ],
    [
      "a path with no static segment",
      `${HEAD}paths: { "/{id}": { get: { operationId: get-thing, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: ${ok} } } }\n`,
      "/paths/~1{id}/get",
      "has no static path segment",
      "x-sdk-method: root.getThing",
    ],
    [
      "a query and a header parameter of one name",
      `${HEAD}paths: { /a: { get: { operationId: a, parameters: [{ name: v, in: query, schema: { type: string } }, { name: v, in: header, schema: { type: string } }], responses: ${ok} } } }\n`,
      "/paths/~1a/get/parameters/1",
      "has the name of a query parameter",
      "rename one of the two",
    ],
    [
      "a query style OpenAPI does not define for queries",
      `${HEAD}paths: { /a: { get: { operationId: a, parameters: [{ name: v, in: query, style: matrix, schema: { type: string } }], responses: ${ok} } } }\n`,
      "/paths/~1a/get/parameters/0/style",
      "`matrix` is not one OpenAPI defines",
      "spaceDelimited, pipeDelimited or deepObject",
    ],
    [
      "a cookie parameter",
      `${HEAD}paths: { /a: { get: { operationId: a, parameters: [{ name: session, in: cookie, schema: { type: string } }], responses: ${ok} } } }\n`,
      "/paths/~1a/get/parameters/0",
      "the cookie parameter `session` is not supported",
      "describe it as a header parameter",
    ],
    [
      "a body the client cannot send",
      `${HEAD}paths: { /a: { post: { operationId: a, requestBody: { content: { multipart/mixed: { schema: { type: object } } } }, responses: ${ok} } } }\n`,
      "/paths/~1a/post/requestBody",
      "no content type the client can send (multipart/mixed)",
      "`multipart/form-data`",
    ],
    [
      "a JSON body without a schema",
      `${HEAD}paths: { /a: { post: { operationId: a, requestBody: { content: { application/json: {} } }, responses: ${ok} } } }\n`,
      "/paths/~1a/post/requestBody",
      "request body has no schema",
      "describe the body under",
    ],
    [
      "an inline schema whose name is taken",
      `${HEAD}paths: { /a: { post: { operationId: a, requestBody: { content: { application/json: { schema: { type: object } } } }, responses: ${ok} } } }\ncomponents: { schemas: { AParams: { type: string } } }\n`,
      "/paths/~1a/post/requestBody/content/application~1json/schema",
      "would be named `AParams`",
      "move the inline schema",
    ],
    [
      "an event stream without a schema",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: { "200": { description: ok, content: { text/event-stream: {} } } } } } }\n`,
      "/paths/~1a/get/responses/200/content/text~1event-stream",
      "has no `schema` for its events' payload",
      "add `schema: { $ref: ... }`",
    ],
    [
      "an event stream without x-stream-flag",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: { "200": { description: ok, content: { text/event-stream: { schema: { type: object } } } } } } } }\n`,
      "/paths/~1a/get",
      "but has no `x-stream-flag`",
      "add `x-stream-flag: <field>`",
    ],
    [
      "an x-stream-flag that is not a name",
      `${HEAD}paths: { /a: { post: { operationId: a, x-stream-flag: true, responses: ${ok} } } }\n`,
      "/paths/~1a/post/x-stream-flag",
      "must name a request-body field",
      "`x-stream-flag: stream`",
    ],
    [
      "an x-stream-flag without an event stream",
      `${HEAD}paths: { /a: { post: { operationId: a, x-stream-flag: stream, responses: ${ok} } } }\n`,
      "/paths/~1a/post/x-stream-flag",
      "no 2xx response has `text/event-stream` content",
      "or remove `x-stream-flag`",
    ],
    [
      "an x-stream-flag without a JSON answer",
      `${HEAD}paths: { /a: { post: { operationId: a, x-stream-flag: stream, responses: { "200": { description: ok, content: { text/event-stream: { schema: { type: object } } } } } } } }\n`,
      "/paths/~1a/post",
      "needs the non-streamed answer too",
      "add `application/json` content",
    ],
    [
      "an x-stream-terminator that is not a string",
      `${HEAD}paths: { /a: { post: { operationId: a, x-stream-flag: stream, x-stream-terminator: 1, requestBody: { content: { application/json: { schema: { type: object, properties: { stream: { type: boolean } } } } } }, responses: { "200": { description: ok, content: { application/json: { schema: { type: object } }, text/event-stream: { schema: { type: object } } } } } } } }\n`,
      "/paths/~1a/post/x-stream-terminator",
      "must be a string",
      'x-stream-terminator: "[DONE]"',
    ],
    [
      "a method that is also a namespace",
      `${HEAD}paths: { /a: { get: { operationId: a, x-sdk-method: a.b, responses: ${ok} } }, /a/b/c: { get: { operationId: c, x-sdk-method: a.b.list, responses: ${ok} } } }\n`,
      "/paths/~1a/get",
      "`client.a.b` would be both a method and a namespace",
      "x-sdk-method: a.retrieveB",
    ],
    [
      "a namespace that hides a BaseClient member",
      `${HEAD}paths: { /baseURL: { get: { operationId: a, responses: ${ok} } } }\n`,
      "/paths/~1baseURL/get",
      "would hide `BaseClient.prototype.baseURL`",
      "to use another namespace",
    ],
  ])("%s", async (_, spec, pointer, message, fix) => {
    const { problems } = await run(spec);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.pointer).toBe(pointer);
    expect(problems[0]!.message).toContain(message);
    expect(problems[0]!.fix).toContain(fix);
  });
});

describe("Redocly rules applied by pnpm generate (and only those)", () => {
  it.each([
    [
      "a missing operationId",
      `${HEAD}paths: { /a: { get: { responses: ${ok} } } }\n`,
      "/paths/~1a/get/operationId",
      "should contain `operationId`",
    ],
    [
      "a duplicate operationId",
      `${HEAD}paths: { /a: { get: { operationId: x, responses: ${ok} } }, /b: { get: { operationId: x, responses: ${ok} } } }\n`,
      "/paths/~1b/get/operationId",
      "unique",
    ],
    [
      "an undeclared path parameter",
      `${HEAD}paths: { "/a/{id}": { get: { operationId: a, responses: ${ok} } } }\n`,
      "/paths/~1a~1{id}/get/parameters",
      "does not define the path parameter `{id}`",
    ],
    [
      "a declared path parameter the path does not have",
      `${HEAD}paths: { /a: { get: { operationId: a, parameters: [{ name: id, in: path, required: true, schema: { type: string } }], responses: ${ok} } } }\n`,
      "/paths/~1a/get/parameters/0/name",
      "is not used in the path",
    ],
    [
      "a $ref to a missing schema",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: ${json('{ $ref: "#/components/schemas/Nope" }')} } } }\n`,
      "/paths/~1a/get/responses/200/content/application~1json/schema",
      "points to nothing",
    ],
  ])("%s", async (_, spec, pointer, message) => {
    const { problems } = await run(spec);
    expect(problems.map((problem) => problem.pointer)).toContain(pointer);
    expect(problems.find((problem) => problem.pointer === pointer)!.message).toContain(message);
  });

  it("does not apply the spec's style rules (recommended-strict): a spec without descriptions or servers generates", async () => {
    const { problems, model } = await run(
      `${HEAD}paths: { /a: { get: { operationId: a, responses: ${json("{ type: object }")} } } }\n`,
    );
    expect(problems).toEqual([]);
    expect(model?.operations.map((operation) => operation.methodName)).toEqual(["list"]);
  });

  it("locates a YAML syntax error at its line and column, once, with no false unresolved $ref", async () => {
    const { problems } = await run(`${HEAD}paths:\n  /a:\n    $ref: a.yaml\n`, {
      "a.yaml": "get:\n  operationId: a\n  responses:\n    '200':\n      description: ok\n       bad: [\n",
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toMatch(/a\.yaml$/);
    expect(problems[0]!.line).toBe(6);
    expect(problems[0]!.message).toContain("is not valid YAML");
    expect(problems[0]!.message).not.toContain("undefined");
    expect(problems[0]!.message).not.toContain("points to nothing");
  });
});

describe("warnings: generated, with a caveat", () => {
  it.each([
    [
      "a 409 response (no class of its own in core)",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: { "200": { description: ok }, "409": { description: conflict } } } } }\n`,
      "/paths/~1a/get/responses/409",
      "status 409 has no error class of its own",
    ],
    [
      "a 4XX range",
      `${HEAD}paths: { /a: { get: { operationId: a, responses: { "200": { description: ok }, "4XX": { description: bad } } } } }\n`,
      "/paths/~1a/get/responses/4XX",
      "statuses 402, 405, 406, 407, 408, ...",
    ],
    [
      "an Authorization header parameter",
      `${HEAD}paths: { /a: { get: { operationId: a, parameters: [{ name: Authorization, in: header, schema: { type: string } }], responses: ${ok} } } }\n`,
      "/paths/~1a/get/parameters/0",
      "the header parameter `Authorization` is ignored",
    ],
    [
      "a constraint the checker cannot check",
      `${HEAD}paths: { /a: { post: { operationId: a, requestBody: { content: { application/json: { schema: { $ref: "#/components/schemas/P" } } } }, responses: ${ok} } } }\ncomponents: { schemas: { P: { type: object, properties: { tags: { type: array, uniqueItems: true } } } } }\n`,
      "/components/schemas/P/properties/tags/uniqueItems",
      "does not check `uniqueItems`",
    ],
  ])("%s", async (_, spec, pointer, message) => {
    const { problems, warnings } = await run(spec);
    expect(problems).toEqual([]);
    expect(warnings.map((warning) => warning.pointer)).toContain(pointer);
    expect(warnings.find((warning) => warning.pointer === pointer)!.message).toContain(message);
  });

  it("maps an error status without a class to APIError", async () => {
    const { model } = await run(
      `${HEAD}paths: { /a: { get: { operationId: a, responses: { "200": { description: ok }, "409": { description: conflict }, "404": { description: missing } } } } }\n`,
    );
    expect(model!.operations[0]!.errors.map((error) => [error.status, error.className])).toEqual([
      ["404", "NotFoundError"],
      ["409", "APIError"],
    ]);
  });
});

describe("standalone function names", () => {
  it("turn any operationId into a camelCase identifier, a reserved word included", async () => {
    const { problems, model } = await run(
      `${HEAD}paths: { /a: { get: { operationId: list-all-the_things, responses: ${ok} }, delete: { operationId: delete, responses: ${ok} } }, /b: { get: { operationId: 2fa-status, responses: ${ok} } } }\n`,
    );
    expect(problems).toEqual([]);
    expect(model!.operations.map((operation) => operation.functionName)).toEqual([
      "listAllTheThings",
      "operationDelete",
      "operation2faStatus",
    ]);
  });
});
