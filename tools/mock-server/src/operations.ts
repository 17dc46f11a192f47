import { followRef, jsonPointer } from "./json-pointer.ts";
import type { SpecDocument } from "./spec.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

/** One operation of the spec, as the server routes it. */
export interface SpecOperation {
  /** Upper-case HTTP method, e.g. `POST`. */
  method: string;
  /** The path as the spec writes it, without the server prefix, e.g. `/chat/completions`. */
  path: string;
  /** The operation's `operationId`, e.g. `createChatCompletion`; the key of its handler. */
  operationId: string;
  /** The path with the server prefix, as requests use it, e.g. `/v1/chat/completions`. */
  fullPath: string;
  /** JSON pointer to the operation object in the bundled spec. */
  pointer: string;
  /** JSON pointer to the `application/json` request body schema, when the operation has one. */
  requestSchemaPointer: string | undefined;
  /** Whether the request body is required. */
  requestBodyRequired: boolean;
  /** The request field that selects a stream (`x-stream-flag`), e.g. `stream`. */
  streamFlag: string | undefined;
  /** The last data payload of a stream (`x-stream-terminator`), e.g. `[DONE]`. */
  streamTerminator: string | undefined;
  /** Matches a full request path (server prefix included). */
  pattern: RegExp;
}

/**
 * The path prefix of the spec's first server URL: `https://api.maxtoken.io/v1` -> `/v1`
 * (empty when the spec has no server or the URL has no path).
 */
export function specBasePath(document: SpecDocument): string {
  const url = document.servers?.[0]?.url;
  if (url === undefined) return "";
  const pathname = new URL(url, "http://localhost").pathname;
  return pathname.replace(/\/+$/, "");
}

/** Lists every operation of the spec, with the prefix of {@link specBasePath} in its pattern. */
export function listOperations(document: SpecDocument): SpecOperation[] {
  const basePath = specBasePath(document);
  const operations: SpecOperation[] = [];
  for (const path of Object.keys(document.paths ?? {})) {
    const pathItem = followRef(document, jsonPointer(["paths", path]));
    for (const method of METHODS) {
      const operation = (pathItem.value as Record<string, unknown> | undefined)?.[method] as
        | Record<string, unknown>
        | undefined;
      if (operation === undefined) continue;
      const pointer = `${pathItem.pointer}${jsonPointer([method])}`;
      const requestBody = followRef(document, `${pointer}/requestBody`);
      const requestBodyValue = requestBody.value as
        | { required?: boolean; content?: Record<string, unknown> }
        | undefined;
      const hasJsonBody = requestBodyValue?.content?.["application/json"] !== undefined;
      operations.push({
        method: method.toUpperCase(),
        path,
        operationId: typeof operation.operationId === "string" ? operation.operationId : `${method} ${path}`,
        fullPath: basePath + path,
        pointer,
        requestSchemaPointer: hasJsonBody
          ? `${requestBody.pointer}${jsonPointer(["content", "application/json", "schema"])}`
          : undefined,
        requestBodyRequired: requestBodyValue?.required === true,
        streamFlag: typeof operation["x-stream-flag"] === "string" ? operation["x-stream-flag"] : undefined,
        streamTerminator:
          typeof operation["x-stream-terminator"] === "string" ? operation["x-stream-terminator"] : undefined,
        pattern: pathPattern(basePath + path),
      });
    }
  }
  return operations;
}

function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith("{") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`);
}

/** What a request path and method resolve to. */
export type RouteMatch =
  | { kind: "operation"; operation: SpecOperation }
  | { kind: "method-not-allowed"; allowed: string[] }
  | { kind: "not-found" };

/** Finds the operation that serves `method pathname`. */
export function matchRoute(operations: readonly SpecOperation[], method: string, pathname: string): RouteMatch {
  const onPath = operations.filter((operation) => operation.pattern.test(pathname));
  if (onPath.length === 0) return { kind: "not-found" };
  const operation = onPath.find((candidate) => candidate.method === method);
  if (operation !== undefined) return { kind: "operation", operation };
  return { kind: "method-not-allowed", allowed: onPath.map((candidate) => candidate.method) };
}
