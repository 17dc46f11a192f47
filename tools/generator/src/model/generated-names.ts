import { toPointer } from "@maxtoken/spec";
import type { OperationModel, ResourceNode } from "../api-model.ts";
import { coreExports } from "../core-exports.ts";
import { isIdentifier, pascalCase } from "../names.ts";
import type { Document } from "../openapi-document.ts";
import type { Report } from "./report.ts";

/** Names the generated code imports from core; a schema may not take them. */
export const CORE_IMPORTS = [
  "APIPromise",
  "BaseClient",
  "ClientOptions",
  "RequestChecker",
  "RequestOptions",
  "Stream",
  "Uploadable",
  "encodeBytes",
  "encodeMultipart",
  "encodeText",
  "encodeUrlencoded",
  "styledQuery",
  "ValidationIssue",
];

/** Each schema name must be a TypeScript identifier that core's imports do not take. */
export function checkSchemaNames(document: Document, report: Report): void {
  for (const name of Object.keys(document.components?.schemas ?? {})) {
    const pointer = toPointer(["components", "schemas", name]);
    if (!isIdentifier(name)) {
      report(
        pointer,
        `the schema name ${JSON.stringify(name)} is not a TypeScript identifier, so it cannot be a type name.`,
        `rename the schema (letters, digits and \`_\`, not starting with a digit), e.g. ${JSON.stringify(pascalCase(name) || "Schema")}.`,
      );
    } else if (CORE_IMPORTS.includes(name)) {
      report(
        pointer,
        `the schema name \`${name}\` is taken by the runtime core, which the generated client imports.`,
        `rename the schema (for example \`${name}Object\`).`,
      );
    }
  }
}

/** The names the generated files declare (client, resource classes, stream variants) must not be schema names. */
export function checkGeneratedNames(
  document: Document,
  operations: OperationModel[],
  resources: ResourceNode,
  clientName: string,
  report: Report,
): void {
  const schemaNames = new Set(Object.keys(document.components?.schemas ?? {}));
  const taken = (name: string, what: string, at: string) => {
    if (schemaNames.has(name)) {
      report(
        toPointer(["components", "schemas", name]),
        `the schema name \`${name}\` is also the name of ${what} (${at}).`,
        "rename the schema, or set `x-sdk-method` / `x-sdk-client-name` so the generated name differs.",
      );
    }
  };
  taken(clientName, "the client class", "`info.x-sdk-client-name`");
  const visit = (node: ResourceNode) => {
    if (node.className !== undefined)
      taken(node.className, `the resource class of \`client.${node.namespace.join(".")}\``, node.methods[0]!.pointer);
    node.children.forEach(visit);
  };
  visit(resources);
  taken(`${clientName}Base`, "the base client class", "`info.x-sdk-client-name` + `Base`");
  // Standalone functions share the package's entry with core's values, the clients and the proxy.
  const values = new Map<string, string>([
    ...coreExports()
      .filter((entry) => !entry.typeOnly)
      .map((entry): [string, string] => [entry.name, "a name the runtime core exports"]),
    ["createProxy", "the generated proxy factory"],
    [clientName, "the client class"],
    [`${clientName}Base`, "the base client class"],
  ]);
  for (const operation of operations) {
    taken(operation.functionName, `the standalone function of \`${operation.operationId}\``, operation.pointer);
    const holder = values.get(operation.functionName);
    if (holder !== undefined) {
      report(
        `${operation.pointer}/operationId`,
        `the operationId \`${operation.operationId}\` names the standalone function \`${operation.functionName}\`, which is already ${holder}.`,
        "give the operation another operationId.",
      );
    }
    values.set(operation.functionName, `the standalone function of ${operation.pointer}`);
  }
  for (const operation of operations) {
    if (operation.stream === undefined) continue;
    for (const suffix of ["Streaming", "NonStreaming"]) {
      taken(`${operation.body!.typeName}${suffix}`, "a generated stream variant", operation.pointer);
    }
  }
}
