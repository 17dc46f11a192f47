import type { ClientMethod } from "../api-model.ts";
import { camelCase, isIdentifier, pascalCase } from "../names.ts";
import type { Operation } from "../openapi-document.ts";
import type { Report } from "./report.ts";

/** What the rest of the spec says about a path, for naming its operations. */
export interface PathShape {
  /** How many operations the path has. */
  operationCount: number;
  /** Another path continues below this one (`/a/{id}/b/...` below `/a/{id}/b`). */
  hasChildren: boolean;
  /** The operation answers with a list (a JSON array, or an object with an array `data`) or takes query parameters. */
  listsItems: boolean;
}

/**
 * `client.<namespace>.<method>` from the path and the HTTP method, or `undefined` when the path
 * has no static segment. A static last segment after a parameter (`/files/{id}/content`,
 * `/jobs/{id}/cancel`) names a method of the parent (`files.content(id)`, `jobs.cancel(id)`)
 * when it is the path's only operation, nothing continues below it, it is not a plural noun
 * (ending in `s`) and it does not list items; otherwise it is a nested collection
 * (`/models/{id}/versions` -> `models.versions.list(id)`, `/uploads/{id}/parts` -> `uploads.parts.create(id)`).
 */
export function deriveMethod(
  httpMethod: ClientMethod,
  path: string,
  shape: PathShape = { operationCount: 1, hasChildren: true, listsItems: true },
): { namespace: string[]; methodName: string } | undefined {
  const segments = path.split("/").filter((segment) => segment !== "");
  const staticSegments = segments.filter((segment) => !segment.startsWith("{"));
  if (staticSegments.length === 0) return undefined;
  const last = segments.at(-1)!;
  const afterParameter = segments.at(-2)?.startsWith("{") ?? false;
  const isAction =
    !last.startsWith("{") &&
    afterParameter &&
    staticSegments.length > 1 &&
    shape.operationCount === 1 &&
    !shape.hasChildren &&
    !/[^s]s$/.test(last) &&
    !(httpMethod === "get" && shape.listsItems);
  if (isAction) return { namespace: staticSegments.slice(0, -1).map(camelCase), methodName: camelCase(last) };
  const onItem = last.startsWith("{");
  const methodName = {
    get: onItem ? "retrieve" : "list",
    post: onItem ? "update" : "create",
    put: "update",
    patch: "update",
    delete: "delete",
  }[httpMethod];
  return { namespace: staticSegments.map(camelCase), methodName };
}

/**
 * The operation's standalone function: its type prefix (the operationId in PascalCase) in
 * camelCase, `createChatCompletion`; `operationDelete` for an operationId that is a reserved word.
 */
export function functionNameOf(typePrefix: string): string {
  const name = camelCase(typePrefix);
  return isIdentifier(name) ? name : `operation${typePrefix}`;
}

/**
 * The operation's method name (`x-sdk-method`, else derived from the path) and the prefix of its
 * generated type names (the operationId in PascalCase, whatever characters it has).
 */
export function nameOperation(
  operation: Operation,
  httpMethod: ClientMethod,
  path: string,
  shape: PathShape,
  pointer: string,
  report: Report,
): { namespace: string[]; methodName: string; typePrefix: string } | undefined {
  const operationId = String(operation.operationId);
  let typePrefix = pascalCase(operationId);
  if (!isIdentifier(typePrefix)) typePrefix = `Operation${typePrefix}`;
  const override = operation["x-sdk-method"];
  if (override !== undefined) {
    const parts = typeof override === "string" ? override.split(".") : [];
    if (parts.length < 2 || !parts.every((part) => isIdentifier(part))) {
      report(
        `${pointer}/x-sdk-method`,
        `\`x-sdk-method\` must be a dotted name with a namespace and a method, got ${JSON.stringify(override)}.`,
        "write it as `<namespace>.<method>`, e.g. `x-sdk-method: chat.completions.create`.",
      );
      return undefined;
    }
    return { namespace: parts.slice(0, -1), methodName: parts.at(-1)!, typePrefix };
  }
  const derived = deriveMethod(httpMethod, path, shape);
  if (derived === undefined) {
    report(
      pointer,
      `\`${httpMethod.toUpperCase()} ${path}\` has no static path segment to name a namespace after.`,
      `set \`x-sdk-method: <namespace>.<method>\` on the operation (e.g. \`x-sdk-method: root.${camelCase(operationId) || "call"}\`).`,
    );
    return undefined;
  }
  return { ...derived, typePrefix };
}
