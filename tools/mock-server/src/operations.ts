import { followRef, jsonPointer, readPointer } from "./json-pointer.ts";
import type { SpecDocument } from "./spec.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One named example of a media type (`examples.<name>.value`, or `example` under the name `example`). */
export interface SpecExample {
  /** The example's name in the spec. */
  name: string;
  /** Its value. */
  value: unknown;
}

/** One media type of a request body or a response. */
export interface SpecMediaType {
  /** The media type as the spec writes it, e.g. `application/json`, `multipart/form-data`, `image/*`. */
  mediaType: string;
  /** JSON pointer to its schema, when it has one. */
  schemaPointer: string | undefined;
  /** Its examples, in the spec's order. */
  examples: SpecExample[];
}

/** One response of an operation. */
export interface SpecResponse {
  /** The status key as the spec writes it: `200`, `4XX` or `default`. */
  status: string;
  /** JSON pointer to the response object (after its `$ref`). */
  pointer: string;
  /** Its media types (none for a response without a body, such as a 204). */
  contents: SpecMediaType[];
  /** Its declared headers. */
  headers: SpecResponseHeader[];
}

/** One header a response declares. */
export interface SpecResponseHeader {
  /** The header's name, in lower case. */
  name: string;
  /** Whether the response always carries it. */
  required: boolean;
  /** JSON pointer to its schema, when it has one. */
  schemaPointer: string | undefined;
}

/** One parameter of an operation (path-level ones included). */
export interface SpecParameter {
  /** The parameter's name (header names in lower case). */
  name: string;
  /** Where it goes. */
  in: "path" | "query" | "header" | "cookie";
  /** Whether it must be present (path parameters always are). */
  required: boolean;
  /** JSON pointer to its schema, when it has one. */
  schemaPointer: string | undefined;
  /** Whether a query array is repeated (`ids=1&ids=2`, the default) rather than joined (`ids=1,2`). */
  explode: boolean;
}

/** One way to authenticate: every scheme of one security requirement must be satisfied. */
export type SecurityScheme =
  | {
      /** `Authorization: Bearer <token>` (http bearer, OAuth 2, OpenID Connect). */
      kind: "bearer";
    }
  | {
      /** `Authorization: Basic <credentials>`. */
      kind: "basic";
    }
  | {
      /** A key in a header, a query parameter or a cookie. */
      kind: "api-key";
      /** Where the key goes. */
      in: "header" | "query" | "cookie";
      /** The header (lower case), query parameter or cookie name. */
      name: string;
    };

/** One operation of the spec, as the server routes, checks and answers it. */
export interface SpecOperation {
  /** Upper-case HTTP method, e.g. `POST`. */
  method: string;
  /** The path as the spec writes it, without the server prefix, e.g. `/chat/completions`. */
  path: string;
  /** The operation's `operationId` (`<method> <path>` without one); the key of its handler. */
  operationId: string;
  /** The path with the server prefix, as requests use it, e.g. `/v1/chat/completions`. */
  fullPath: string;
  /** JSON pointer to the operation object in the bundled spec. */
  pointer: string;
  /** Its parameters: the path item's and its own (its own win). */
  parameters: SpecParameter[];
  /** The path parameters' names, in the order of their capture groups in {@link pattern}. */
  pathParameterNames: string[];
  /** Its request body's media types (empty without a request body). */
  requestContents: SpecMediaType[];
  /** JSON pointer to the `application/json` request body schema, when the operation has one. */
  requestSchemaPointer: string | undefined;
  /** Whether the request body is required. */
  requestBodyRequired: boolean;
  /** Its responses, in the spec's order. */
  responses: SpecResponse[];
  /** The request field that selects a stream (`x-stream-flag`), e.g. `stream`. */
  streamFlag: string | undefined;
  /** The last data payload of a stream (`x-stream-terminator`), e.g. `[DONE]`. */
  streamTerminator: string | undefined;
  /** The handler the spec names (`x-mock-handler`), if any. */
  handlerName: string | undefined;
  /** The security requirements (any one of them suffices); empty when the operation is open. */
  security: SecurityScheme[][];
  /** Matches a full request path (server prefix included); one capture group per path parameter. */
  pattern: RegExp;
}

/**
 * The path prefix of the spec's first server URL: `https://api.maxtoken.io/v1` -> `/v1`
 * (empty when the spec has no server or the URL has no path). Server variables take their default.
 */
export function specBasePath(document: SpecDocument): string {
  const server = document.servers?.[0] as
    | { url: string; variables?: Record<string, { default?: unknown }> }
    | undefined;
  if (server === undefined) return "";
  const url = server.url.replace(/\{([^}]+)\}/g, (_match, name: string) =>
    String(server.variables?.[name]?.default ?? ""),
  );
  let pathname: string;
  try {
    pathname = new URL(url, "http://localhost").pathname;
  } catch {
    return "";
  }
  return decodeURI(pathname).replace(/\/+$/, "");
}

function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function mediaTypes(document: SpecDocument, pointer: string): SpecMediaType[] {
  const content = asObject(readPointer(document, `${pointer}/content`));
  if (content === undefined) return [];
  return Object.entries(content).map(([mediaType, raw]) => {
    const media = asObject(raw) ?? {};
    const mediaPointer = `${pointer}${jsonPointer(["content", mediaType])}`;
    const examples: SpecExample[] = [];
    for (const name of Object.keys(asObject(media.examples) ?? {})) {
      const example = asObject(followRef(document, `${mediaPointer}${jsonPointer(["examples", name])}`).value);
      if (example !== undefined && "value" in example) examples.push({ name, value: example.value });
    }
    if ("example" in media && examples.length === 0) examples.push({ name: "example", value: media.example });
    return { mediaType, schemaPointer: media.schema === undefined ? undefined : `${mediaPointer}/schema`, examples };
  });
}

function parameters(document: SpecDocument, pointers: string[]): SpecParameter[] {
  const byKey = new Map<string, SpecParameter>();
  for (const listPointer of pointers) {
    const list = readPointer(document, listPointer);
    if (!Array.isArray(list)) continue;
    for (const index of list.keys()) {
      const { pointer, value } = followRef(document, `${listPointer}/${index}`);
      const parameter = asObject(value);
      if (parameter === undefined || typeof parameter.name !== "string") continue;
      const location = parameter.in;
      if (location !== "path" && location !== "query" && location !== "header" && location !== "cookie") continue;
      const name = location === "header" ? parameter.name.toLowerCase() : parameter.name;
      let schemaPointer = parameter.schema === undefined ? undefined : `${pointer}/schema`;
      // A parameter described by `content` instead of `schema`: the schema of its one media type.
      if (schemaPointer === undefined) {
        const [first] = mediaTypes(document, pointer);
        schemaPointer = first?.schemaPointer;
      }
      byKey.set(`${location} ${name}`, {
        name,
        in: location,
        required: location === "path" || parameter.required === true,
        schemaPointer,
        explode: typeof parameter.explode === "boolean" ? parameter.explode : (parameter.style ?? "form") === "form",
      });
    }
  }
  return [...byKey.values()];
}

function security(document: SpecDocument, operation: Record<string, unknown>): SecurityScheme[][] {
  const requirements = operation.security ?? document.security;
  if (!Array.isArray(requirements)) return [];
  const schemes = asObject(asObject(document.components)?.securitySchemes) ?? {};
  const alternatives: SecurityScheme[][] = [];
  for (const requirement of requirements) {
    const names = Object.keys(asObject(requirement) ?? {});
    // An empty requirement (`{}`) makes authentication optional.
    if (names.length === 0) return [];
    const alternative: SecurityScheme[] = [];
    for (const name of names) {
      const scheme = asObject(followRef(document, jsonPointer(["components", "securitySchemes", name])).value);
      if (scheme === undefined || schemes[name] === undefined) continue;
      if (scheme.type === "apiKey" && typeof scheme.name === "string") {
        const location = scheme.in === "query" || scheme.in === "cookie" ? scheme.in : "header";
        alternative.push({
          kind: "api-key",
          in: location,
          name: location === "header" ? scheme.name.toLowerCase() : scheme.name,
        });
      } else if (scheme.type === "http" && String(scheme.scheme).toLowerCase() === "basic") {
        alternative.push({ kind: "basic" });
      } else {
        // http bearer, oauth2 and OpenID Connect all send `Authorization: Bearer <token>`.
        alternative.push({ kind: "bearer" });
      }
    }
    if (alternative.length > 0) alternatives.push(alternative);
  }
  return alternatives;
}

/** Lists every operation of the spec, with the prefix of {@link specBasePath} in its pattern. */
export function listOperations(document: SpecDocument): SpecOperation[] {
  const basePath = specBasePath(document);
  const operations: SpecOperation[] = [];
  for (const path of Object.keys(document.paths ?? {})) {
    const pathItem = followRef(document, jsonPointer(["paths", path]));
    for (const method of METHODS) {
      const operation = asObject(asObject(pathItem.value)?.[method]);
      if (operation === undefined) continue;
      const pointer = `${pathItem.pointer}${jsonPointer([method])}`;
      const requestBody = followRef(document, `${pointer}/requestBody`);
      const requestContents = mediaTypes(document, requestBody.pointer);
      const responses: SpecResponse[] = [];
      for (const status of Object.keys(asObject(operation.responses) ?? {})) {
        const response = followRef(document, `${pointer}${jsonPointer(["responses", status])}`);
        const headers = Object.keys(asObject(asObject(response.value)?.headers) ?? {}).map((name) => {
          const header = followRef(document, `${response.pointer}${jsonPointer(["headers", name])}`);
          const value = asObject(header.value) ?? {};
          return {
            name: name.toLowerCase(),
            required: value.required === true,
            schemaPointer: value.schema === undefined ? undefined : `${header.pointer}/schema`,
          };
        });
        responses.push({
          status,
          pointer: response.pointer,
          contents: mediaTypes(document, response.pointer),
          headers,
        });
      }
      const pathParameterNames: string[] = [];
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : `${method} ${path}`,
        fullPath: basePath + path,
        pointer,
        parameters: parameters(document, [`${pathItem.pointer}/parameters`, `${pointer}/parameters`]),
        pathParameterNames,
        requestContents,
        requestSchemaPointer: requestContents.find((media) => isJsonMediaType(media.mediaType))?.schemaPointer,
        requestBodyRequired: asObject(requestBody.value)?.required === true,
        responses,
        streamFlag: typeof operation["x-stream-flag"] === "string" ? operation["x-stream-flag"] : undefined,
        streamTerminator:
          typeof operation["x-stream-terminator"] === "string" ? operation["x-stream-terminator"] : undefined,
        handlerName: typeof operation["x-mock-handler"] === "string" ? operation["x-mock-handler"] : undefined,
        security: security(document, operation),
        pattern: pathPattern(basePath + path, pathParameterNames),
      });
    }
  }
  return operations;
}

/** Whether a media type is JSON: `application/json`, `application/problem+json`, `application/json; charset=utf-8`. */
export function isJsonMediaType(mediaType: string): boolean {
  const bare = mediaType.split(";")[0]!.trim().toLowerCase();
  return bare === "application/json" || bare.endsWith("+json");
}

function pathPattern(path: string, names: string[]): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => {
      if (!part.startsWith("{")) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(part.slice(1, -1));
      return "([^/]+)";
    })
    .join("");
  return new RegExp(`^${source}$`);
}

/** What a request path and method resolve to. */
export type RouteMatch =
  | { kind: "operation"; operation: SpecOperation; pathValues: Record<string, string> }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

/**
 * Finds the operation that serves `method pathname`. A literal path wins over a templated one
 * (`/models/latest` before `/models/{id}`), as OpenAPI says.
 */
export function matchRoute(operations: readonly SpecOperation[], method: string, pathname: string): RouteMatch {
  const onPath = operations.filter((operation) => operation.pattern.test(pathname));
  if (onPath.length === 0) return { kind: "not-found" };
  const candidates = onPath.filter((candidate) => candidate.method === method);
  const operation =
    candidates.find((candidate) => candidate.pathParameterNames.length === 0) ??
    [...candidates].sort((a, b) => a.pathParameterNames.length - b.pathParameterNames.length)[0];
  if (operation === undefined) {
    return { kind: "method-not-allowed", allowed: [...new Set(onPath.map((candidate) => candidate.method))] };
  }
  const match = operation.pattern.exec(pathname)!;
  const pathValues: Record<string, string> = {};
  operation.pathParameterNames.forEach((name, index) => {
    const raw = match[index + 1]!;
    try {
      pathValues[name] = decodeURIComponent(raw);
    } catch {
      pathValues[name] = raw;
    }
  });
  return { kind: "operation", operation, pathValues };
}
