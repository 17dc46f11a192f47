// The server as users meet it: through a client generated from the same spec. For each of the
// generator's fixture specs (the multi-shape ones, the OpenAPI 3.0 one and Plaid's large one),
// the client is generated into a scratch folder and every operation is called through its
// standalone function with values built from the spec: every call resolves, its answer (read
// again as the raw Response) is valid against the spec with the tests' own ajv, a fault status
// rejects with the typed error, the spec's error body and the request id, and a body missing a
// required field never leaves the client.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSpecFile, type SpecOperation, startMockServer } from "../src/index.ts";
import { followRef, jsonPointer } from "../src/json-pointer.ts";
import { prepareSpec } from "../src/served-spec.ts";
import { synthesize } from "../src/synthesize.ts";
import { loadSpecConformance } from "./helpers/spec-conformance.ts";

/** What the test uses of the generator's model of a spec (tools/generator/src/api-model.ts). */
interface GeneratedOperation {
  operationId: string;
  httpMethod: string;
  path: string;
  functionName: string;
  pathParams: { name: string }[];
  params: { fields: { name: string; in: "query" | "header" }[] } | undefined;
  body: { kind: string; contentType: string } | undefined;
  responseKind: "json" | "binary" | "text" | "empty";
  stream: object | undefined;
}
interface Generator {
  checkSpec(file: string, label: string): Promise<{ model: { clientName: string; operations: GeneratedOperation[] } }>;
  renderSpec(file: string, label: string, types: undefined, warn: () => void): Promise<Map<string, string>>;
}
interface GeneratorTestSupport {
  /** Lays generated files out like a runtime package: `<dir>/generated/...` beside a runtime stub. */
  materialize(dir: string, files: Map<string, string>): void;
}
// Loaded by path so that this package typechecks without the generator's sources (which type
// `@maxtoken/spec` their own way).
const generatorEntry = "@maxtoken/generator/src/generate.ts";
const generatorScratch = "@maxtoken/generator/test/support/scratch.ts";
const { checkSpec, renderSpec } = (await import(generatorEntry)) as Generator;
const { materialize } = (await import(generatorScratch)) as GeneratorTestSupport;

const fixtures = fileURLToPath(new URL("../../generator/test/fixtures/", import.meta.url));
const SPECS = ["shapes/openapi.yaml", "extended/openapi.yaml", "openapi-30/openapi.yaml", "large/openapi.json"];
const quiet = () => {};

/** A folder for one fixture's generated client, inside this package (git-ignored). */
function scratchFolder(name: string): string {
  const dir = fileURLToPath(new URL(`./.scratch/generated-clients/${name}/`, import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  return dir;
}

describe.each(SPECS)("a client generated from the fixture %s", (relative) => {
  it("calls every operation through the mock server: valid answers, typed faults, bad bodies kept home", {
    timeout: 300_000,
  }, async () => {
    const file = join(fixtures, relative);
    const name = relative.split("/")[0]!;
    const [{ model }, files, served, conformance] = await Promise.all([
      checkSpec(file, relative),
      renderSpec(file, relative, undefined, quiet),
      loadSpecFile(file).then((document) => prepareSpec(document, file)),
      loadSpecConformance(file),
    ]);
    const dir = scratchFolder(name);
    materialize(dir, files);
    const sdk: any = await import(join(dir, "generated/index.gen.ts"));
    const handlers = Object.fromEntries(
      served.operations
        .filter((operation) => operation.handlerName !== undefined && operation.handlerName !== "spec")
        .filter((operation) => operation.handlerName !== "chat-completion")
        .map((operation) => [
          operation.handlerName!,
          (context: { answerFromSpec(): Promise<void> }) => context.answerFromSpec(),
        ]),
    );
    await using server = await startMockServer({ spec: file, handlers, port: 0 });
    let sent = 0;
    const client = new sdk[`${model.clientName}Base`]({
      apiKey: "sk-test",
      baseURL: server.url,
      maxRetries: 0,
      logLevel: "off",
      fetch: (url: string, init: RequestInit) => {
        sent++;
        return fetch(url, init);
      },
    });
    const value = (pointer: string | undefined): unknown =>
      pointer === undefined ? "x" : synthesize(served.document, served.validator, pointer, { direction: "request" });

    expect(model.operations.length).toBeGreaterThan(0);
    let refusedCount = 0;
    for (const operation of model.operations) {
      const spec = served.operations.find((candidate) => candidate.operationId === operation.operationId)!;
      const parameter = (where: string, named: string) =>
        spec.parameters.find((entry) => entry.in === where && entry.name.toLowerCase() === named.toLowerCase());
      const args: unknown[] = operation.pathParams.map((param) => value(parameter("path", param.name)?.schemaPointer));
      let body: unknown;
      if (operation.body !== undefined) {
        const media =
          spec.requestContents.find((entry) => entry.mediaType === operation.body!.contentType) ??
          spec.requestContents[0]!;
        body = requestBody(operation.body.kind, served.document, media.schemaPointer, value(media.schemaPointer));
        args.push(body);
      }
      if (operation.params !== undefined) {
        const params: Record<string, unknown> = {};
        for (const field of operation.params.fields) {
          const declared = parameter(field.in, field.name);
          if (declared?.required) params[field.name] = value(declared.schemaPointer);
        }
        args.push(params);
      }
      const call = sdk[operation.functionName] as (...all: unknown[]) => {
        asResponse(): Promise<Response>;
        then: Promise<unknown>["then"];
      };
      const headers = credentials(spec);
      const where = `${operation.operationId} (${operation.httpMethod.toUpperCase()} ${operation.path})`;

      // The answer as the client hands it out, by the kind the spec declares.
      const result = await call(client, ...args, { headers }).then(undefined, (error: Error) => {
        throw new Error(`${where}: ${error.message}`);
      });
      if (operation.responseKind === "binary") expect(result, where).toBeInstanceOf(Response);
      else if (operation.responseKind === "text") expect(typeof result, where).toBe("string");
      else if (operation.responseKind === "empty") expect(result, where).toBeUndefined();
      else if (operation.stream === undefined) expect(result, where).not.toBeUndefined();
      if (result instanceof Response) await result.arrayBuffer();
      if (result !== null && typeof result === "object" && Symbol.asyncIterator in result) {
        for await (const _ of result as AsyncIterable<unknown>);
      }

      // The same answer read raw: its status is declared and a JSON body matches the schema.
      const raw = await call(client, ...args, { headers }).asResponse();
      const declared = spec.responses.find((entry) => entry.status === String(raw.status));
      expect(declared, `${where}: status ${raw.status} is declared`).toBeDefined();
      const json = declared!.contents.find((entry) => /json/.test(entry.mediaType));
      if (json?.schemaPointer !== undefined && /json/.test(raw.headers.get("content-type") ?? "")) {
        expect(conformance.validate(json.schemaPointer, await raw.json()), where).toBeNull();
      } else await raw.arrayBuffer();

      // A fault status: the typed error with its status, request id and the spec's error body.
      const fault = await call(client, ...args, { headers: { ...headers, "x-mock-fault": "status=500" } }).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(fault, where).toBeInstanceOf(sdk.InternalServerError);
      expect((fault as { status: number }).status, where).toBe(500);
      expect((fault as { requestId: string }).requestId, where).toMatch(/^req_/);
      expect((fault as { body: unknown }).body, where).toBeTypeOf("object");

      // A JSON or form body without a required field: a ValidationError naming it, nothing sent.
      const required = requiredField(served.document, spec, body);
      if (required !== undefined) {
        const before = sent;
        const { [required]: _, ...rest } = body as Record<string, unknown>;
        const refused = await call(client, ...args.map((arg) => (arg === body ? rest : arg)), { headers }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(refused, `${where} without ${required}`).toBeInstanceOf(sdk.ValidationError);
        expect((refused as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toContain(required);
        expect(sent, `${where}: requests sent without ${required}`).toBe(before);
        refusedCount++;
      }
    }
    console.info(
      `${relative}: ${model.operations.length} operations, ${sent} requests, ${refusedCount} bodies refused before sending`,
    );
  });
});

/** The body argument: a built value, with files as `Blob`s in a form and bytes or text for raw bodies. */
function requestBody(kind: string, document: unknown, pointer: string | undefined, built: unknown): unknown {
  if (kind === "binary") return new Uint8Array([1, 2, 3]);
  if (kind === "text") return typeof built === "string" ? built : "text";
  if (kind !== "multipart" || pointer === undefined || built === null || typeof built !== "object") return built;
  const schema = followRef(document as never, pointer);
  const form: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(built as Record<string, unknown>)) {
    const property = followRef(document as never, `${schema.pointer}${jsonPointer(["properties", name])}`).value as
      | { format?: string; contentMediaType?: string; items?: { format?: string } }
      | undefined;
    const isFile = property?.format === "binary" || property?.contentMediaType !== undefined;
    form[name] = isFile ? new Blob([new Uint8Array([1, 2, 3])]) : field;
  }
  return form;
}

/** The first required field of an object body the client checks, if any. */
function requiredField(document: unknown, spec: SpecOperation, body: unknown): string | undefined {
  if (body === null || typeof body !== "object" || Array.isArray(body) || body instanceof Uint8Array) return undefined;
  const pointer = spec.requestContents[0]?.schemaPointer;
  if (pointer === undefined) return undefined;
  const schema = followRef(document as never, pointer).value as { required?: unknown } | undefined;
  const required = Array.isArray(schema?.required) ? schema.required.map(String) : [];
  return required.find((name) => name in body);
}

/** Credentials the operation's first security requirement needs besides the client's bearer key. */
function credentials(spec: SpecOperation): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const scheme of spec.security[0] ?? []) {
    if (scheme.kind === "api-key" && scheme.in === "header") headers[scheme.name] = "sk-test";
  }
  return headers;
}
