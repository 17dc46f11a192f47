import type { OperationModel, ResourceNode } from "../api-model.ts";
import { pascalCase } from "../names.ts";
import type { Document } from "../openapi-document.ts";
import type { Report } from "./report.ts";

/**
 * Arranges the operations into `client.a.b` namespaces, each with a resource class named after
 * it (`ChatCompletionsResource`) and the description of its first operation's first tag. A name
 * that would be both a method and a namespace is reported.
 */
export function buildResourceTree(operations: OperationModel[], document: Document, report: Report): ResourceNode {
  const root: ResourceNode = { namespace: [], className: undefined, methods: [], children: [], description: undefined };
  const tagDescriptions = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
  for (const operation of operations) {
    let node = root;
    for (const name of operation.namespace) {
      let child = node.children.find((candidate) => candidate.namespace.at(-1) === name);
      if (child === undefined) {
        child = {
          namespace: [...node.namespace, name],
          className: undefined,
          methods: [],
          children: [],
          description: undefined,
        };
        node.children.push(child);
      }
      node = child;
    }
    node.methods.push(operation);
    node.className ??= `${pascalCase(operation.namespace.join(" "))}Resource`;
    const tag =
      operation.namespace.length > 0 ? document.paths![operation.path]![operation.httpMethod]!.tags?.[0] : undefined;
    node.description ??= tag === undefined ? undefined : tagDescriptions.get(tag);
  }
  const visit = (node: ResourceNode) => {
    for (const child of node.children) {
      const name = child.namespace.at(-1)!;
      // A nested namespace with its parent's tag says nothing new.
      if (node.namespace.length > 0 && child.description === node.description) child.description = undefined;
      const clash = node.methods.find((method) => method.methodName === name);
      if (clash !== undefined) {
        report(
          clash.pointer,
          `\`client.${[...node.namespace, name].join(".")}\` would be both a method and a namespace.`,
          `set \`x-sdk-method\` on one of the operations so that the two names differ (e.g. \`x-sdk-method: ${[...node.namespace, `retrieve${pascalCase(name)}`].join(".")}\`).`,
        );
      }
      visit(child);
    }
  };
  visit(root);
  return root;
}
