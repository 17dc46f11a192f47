import { toPointer } from "@maxtoken/spec";
import type { ApiModel, ClientMethod, OperationModel } from "./api-model.ts";
import { buildOperation } from "./model/build-operation.ts";
import { isJson } from "./model/content-kinds.ts";
import { completeDiscriminatorMappings } from "./model/discriminator-mapping.ts";
import { checkGeneratedNames, checkSchemaNames } from "./model/generated-names.ts";
import { makeHoist } from "./model/hoist.ts";
import { normalizeOpenApi30 } from "./model/normalize-openapi-30.ts";
import type { PathShape } from "./model/operation-name.ts";
import type { Report } from "./model/report.ts";
import { buildResourceTree } from "./model/resource-tree.ts";
import { checkSchemaKeywords } from "./model/schema-keyword-checks.ts";
import { deref, resolveSchema, schemaTypes } from "./model/schema-refs.ts";
import { camelCase, isIdentifier, pascalCase } from "./names.ts";
import type { Document, Operation, Response } from "./openapi-document.ts";
import { HTTP_METHODS } from "./openapi-document.ts";
import type { BundledProblem } from "./spec-problem.ts";

const CLIENT_METHODS: readonly string[] = ["get", "put", "post", "patch", "delete"];

/**
 * Derives the model the emitters read from a bundled document that passed the generation rules
 * (Redocly: refs resolve, operationIds present and unique, path parameters declared). Returns
 * the problems instead when the spec cannot be generated from (every problem, not just the
 * first), and warnings about what is generated with a caveat.
 */
export function buildModel(bundled: Document): {
  model: ApiModel | undefined;
  problems: BundledProblem[];
  warnings: BundledProblem[];
} {
  const document = structuredClone(bundled);
  const problems: BundledProblem[] = [];
  const warnings: BundledProblem[] = [];
  const report: Report = (pointer, message, fix) => problems.push({ pointer, message, fix });
  const warn: Report = (pointer, message, fix) => warnings.push({ pointer, message, fix });
  const failed = () => ({ model: undefined, problems, warnings });

  normalizeOpenApi30(document);
  completeDiscriminatorMappings(document);
  checkSchemaKeywords(document, report);
  const clientName = document.info["x-sdk-client-name"];
  if (typeof clientName !== "string" || !isIdentifier(clientName)) {
    report(
      "/info",
      clientName === undefined
        ? "`info.x-sdk-client-name` is missing: the generator needs it to name the client class."
        : `\`info.x-sdk-client-name\` must be a class name, got ${JSON.stringify(clientName)}.`,
      "add `x-sdk-client-name: <ClassName>` under `info` (for example `x-sdk-client-name: Acme`).",
    );
  }
  document.components ??= {};
  document.components.schemas ??= {};
  checkSchemaNames(document, report);

  const hoist = makeHoist(document, report);
  const operations: OperationModel[] = [];
  const parameterChecks: ApiModel["parameterChecks"] = [];
  const methodKeys = new Map<string, string>();
  const typePrefixes = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const httpMethod of HTTP_METHODS) {
      const operation = pathItem[httpMethod];
      if (operation === undefined) continue;
      const pointer = toPointer(["paths", path, httpMethod]);
      if (!CLIENT_METHODS.includes(httpMethod)) {
        report(
          pointer,
          `\`${httpMethod.toUpperCase()} ${path}\`: the generator makes client methods for GET, PUT, POST, PATCH and DELETE only.`,
          `remove the ${httpMethod.toUpperCase()} operation from the spec, or describe it in prose.`,
        );
        continue;
      }
      const before = problems.length;
      const built = buildOperation({
        document,
        path,
        httpMethod: httpMethod as ClientMethod,
        operation,
        pathLevelParameters: pathItem.parameters ?? [],
        shape: pathShape(document, path, httpMethod, operation),
        pointer,
        hoist,
        report,
        warn,
      });
      if (built === undefined || problems.length > before) continue;
      const model = built.operation;
      const label = `\`${httpMethod.toUpperCase()} ${path}\``;
      const prefix = pascalCase(model.operationId);
      const samePrefix = typePrefixes.get(prefix);
      if (samePrefix !== undefined) {
        report(
          `${pointer}/operationId`,
          `the operationId \`${model.operationId}\` names the same generated types as ${samePrefix} (operationIds are turned into PascalCase).`,
          "give the two operations operationIds that differ in more than case and punctuation.",
        );
        continue;
      }
      typePrefixes.set(prefix, `${label} (${pointer})`);
      const key = [...model.namespace, model.methodName].join(".");
      const seenMethod = methodKeys.get(key);
      if (seenMethod !== undefined) {
        report(
          pointer,
          `${label} maps to the method \`client.${key}\`, which ${seenMethod} maps to as well.`,
          `set \`x-sdk-method: <namespace>.<method>\` on one of the two operations (for example \`x-sdk-method: ${[...model.namespace, camelCase(model.operationId)].join(".")}\`).`,
        );
        continue;
      }
      methodKeys.set(key, `${label} (${pointer})`);
      operations.push(model);
      if (built.paramsCheck !== undefined)
        parameterChecks.push({ name: model.paramsCheck!, schema: built.paramsCheck });
    }
  }
  if (problems.length > 0) return failed();

  const resources = buildResourceTree(operations, document, report);
  checkGeneratedNames(document, operations, resources, clientName as string, report);
  if (problems.length > 0) return failed();
  return {
    model: { clientName: clientName as string, info: document.info, document, operations, resources, parameterChecks },
    problems,
    warnings,
  };
}

/** What the rest of the spec says about a path (see `deriveMethod`). */
function pathShape(document: Document, path: string, httpMethod: string, operation: Operation): PathShape {
  const paths = Object.keys(document.paths ?? {});
  const pathItem = document.paths![path]!;
  const operationCount = HTTP_METHODS.filter((method) => pathItem[method] !== undefined).length;
  const hasChildren = paths.some((other) => other.startsWith(`${path}/`));
  const hasQuery = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].some(
    (parameter) => deref(document, parameter).in === "query",
  );
  return {
    operationCount,
    hasChildren,
    listsItems: hasQuery || (httpMethod === "get" && answersList(document, operation)),
  };
}

/** The first 2xx JSON answer is an array, or an object with an array `data`. */
function answersList(document: Document, operation: Operation): boolean {
  for (const [code, raw] of Object.entries(operation.responses ?? {})) {
    if (!code.startsWith("2")) continue;
    for (const [contentType, media] of Object.entries(deref<Response>(document, raw).content ?? {})) {
      if (!isJson(contentType)) continue;
      const schema = resolveSchema(document, media.schema);
      if (schemaTypes(schema).includes("array")) return true;
      if (schemaTypes(resolveSchema(document, schema?.properties?.data)).includes("array")) return true;
    }
  }
  return false;
}
