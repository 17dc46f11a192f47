import type { ApiModel, ResourceNode } from "../api-model.ts";
import { coreExports } from "../core-exports.ts";
import { apiTitle, baseName, clientExample, resourceFile } from "./client.ts";
import { docComment } from "./tsdoc.ts";

/**
 * `index.gen.ts`: the runtime package's public entry, every export listed by name (no
 * `export *`): core's user API (promises, streams, options, error classes), the client and its
 * base, the resource classes and the operations' standalone functions (so a page can bundle only
 * what it calls), and every type of the spec. A new schema or
 * operation becomes public in every runtime package through `pnpm generate` alone.
 */
export function emitIndex(model: ApiModel, header: string, resourceNodes: ResourceNode[]): string {
  const { clientName } = model;
  const title = apiTitle(model);
  const doc = [
    `${title.replace(/\.$/, "")}.`,
    "",
    `The SDK's public entry: the \`${clientName}\` client, the request and response types of the spec, and the`,
    "promises, streams, options and error classes every runtime package shares. Every export is listed",
    "by name and documented where it is declared.",
    "",
    ...clientExample(model, clientName, "method"),
    "",
    "@module",
  ];
  const core = coreExports().map(({ name, typeOnly }) => (typeOnly ? `type ${name}` : name));
  const types = [...Object.keys(model.document.components?.schemas ?? {})];
  for (const operation of model.operations) {
    if (operation.stream !== undefined && operation.body !== undefined)
      types.push(`${operation.body.typeName}Streaming`, `${operation.body.typeName}NonStreaming`);
  }
  return [
    header,
    `${docComment(doc)}${exportList("", core, "@maxtoken/core")}`,
    `export { ${clientName}, ${baseName(model)} } from "./client.gen.ts";`,
    // operations.gen.ts (emitted for every spec: src/emit/operations.ts) holds the bound proxy.
    'export { createProxy } from "./operations.gen.ts";',
    ...resourceNodes.map((node) =>
      exportList(
        "",
        [node.className!, ...node.methods.map((method) => method.functionName)],
        `./resources/${resourceFile(node)}`,
      ),
    ),
    exportList("type ", types, "./types.gen.ts"),
    "",
  ].join("\n");
}

function exportList(keyword: string, names: string[], from: string): string {
  const bare = (name: string) => name.replace(/^type /, "");
  const sorted = [...new Set(names)].sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
  return `export ${keyword}{\n${sorted.map((name) => `  ${name},`).join("\n")}\n} from "${from}";`;
}
