// Builds a request the spec accepts for any operation, from the spec alone: required parameters
// and the body built from their schemas (the server's own value builder, run for requests),
// files as bytes. Tests then check what the server answers with their own ajv.
import { loadSpecFile, type SpecOperation } from "../../src/index.ts";
import { followRef, jsonPointer } from "../../src/json-pointer.ts";
import { typeAt } from "../../src/schema-type.ts";
import { prepareSpec, type ServedSpec } from "../../src/served-spec.ts";
import { synthesize } from "../../src/synthesize.ts";
import type { SendOptions } from "./http.ts";

export interface RequestBuilder {
  spec: ServedSpec;
  /** The base path of the spec's first server (`/v1`). */
  basePath: string;
  /** A request the spec accepts for the operation. */
  build(operation: SpecOperation): Promise<SendOptions>;
  /** The `required` list of the operation's first request body schema (`$ref`s followed). */
  requiredFields(operation: SpecOperation): string[];
}

function text(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function requestBuilder(file: string): Promise<RequestBuilder> {
  const spec = prepareSpec(await loadSpecFile(file), file);
  const value = (pointer: string | undefined): unknown =>
    pointer === undefined ? "x" : synthesize(spec.document, spec.validator, pointer, { direction: "request" });
  const basePath = spec.operations[0]!.fullPath.slice(0, -spec.operations[0]!.path.length);
  const build = async (operation: SpecOperation): Promise<SendOptions> => {
    let path = operation.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      if (!parameter.required && parameter.in !== "path") continue;
      const built = value(parameter.schemaPointer);
      if (parameter.in === "path") path = path.replace(`{${parameter.name}}`, encodeURIComponent(text(built)));
      else if (parameter.in === "query") for (const item of [built].flat()) query.append(parameter.name, text(item));
      else if (parameter.in === "header") headers[parameter.name] = [built].flat().map(text).join(",");
    }
    // Credentials for the first way the operation accepts (a bearer key goes by default).
    for (const scheme of operation.security[0] ?? []) {
      if (scheme.kind === "api-key" && scheme.in === "header") headers[scheme.name] = "sk-test";
      if (scheme.kind === "api-key" && scheme.in === "query") query.append(scheme.name, "sk-test");
      if (scheme.kind === "basic") headers.authorization = "Basic dXNlcjpwYXNz";
    }
    const search = query.size === 0 ? "" : `?${query}`;
    const request: SendOptions = { method: operation.method, path: `${basePath}${path}${search}`, headers };
    const [media] = operation.requestContents;
    if (media === undefined) return request;
    const body = value(media.schemaPointer);
    const type = media.mediaType.split(";")[0]!.trim().toLowerCase();
    if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
      const schema = media.schemaPointer === undefined ? undefined : followRef(spec.document, media.schemaPointer);
      const form = new FormData();
      for (const [name, field] of Object.entries(body as Record<string, unknown>)) {
        const property = schema === undefined ? undefined : `${schema.pointer}${jsonPointer(["properties", name])}`;
        const format = (followRef(spec.document, property ?? "").value as { format?: string } | undefined)?.format;
        const isFile =
          format === "binary" || (typeAt(spec.document, property).items === undefined && format === "byte");
        for (const item of [field].flat()) {
          if (isFile) form.append(name, new Blob([new Uint8Array([1, 2, 3])]), "file.bin");
          else form.append(name, text(item));
        }
      }
      if (type === "application/x-www-form-urlencoded") {
        const params = new URLSearchParams();
        for (const [name, field] of form.entries()) params.append(name, String(field));
        return { ...request, body: params.toString(), headers: { ...headers, "content-type": type } };
      }
      const encoded = new Response(form);
      return {
        ...request,
        body: Buffer.from(await encoded.arrayBuffer()),
        headers: { ...headers, "content-type": encoded.headers.get("content-type")! },
      };
    }
    if (type.includes("json"))
      return { ...request, body: JSON.stringify(body), headers: { ...headers, "content-type": type } };
    if (type.startsWith("text/"))
      return { ...request, body: text(body), headers: { ...headers, "content-type": type } };
    return {
      ...request,
      body: Buffer.from([1, 2, 3]),
      headers: { ...headers, "content-type": type.includes("*") ? "application/octet-stream" : type },
    };
  };
  const requiredFields = (operation: SpecOperation): string[] => {
    const pointer = operation.requestContents[0]?.schemaPointer;
    if (pointer === undefined) return [];
    const schema = followRef(spec.document, pointer).value as { required?: unknown } | undefined;
    return Array.isArray(schema?.required) ? schema.required.map(String) : [];
  };
  return { spec, basePath, build, requiredFields };
}
