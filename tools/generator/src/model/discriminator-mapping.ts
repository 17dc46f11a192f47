import type { Document, Schema } from "../openapi-document.ts";
import { resolveSchema } from "./schema-refs.ts";

/**
 * Completes a `discriminator` that has no `mapping`, in place, from the `const` (or one-value
 * `enum`) each `$ref`ed alternative gives the discriminating property. Without a mapping,
 * openapi-typescript types that property as the schema's name (`type: "NamedVoice"`), which
 * contradicts the spec's `const: named`.
 */
export function completeDiscriminatorMappings(document: Document): void {
  const visit = (node: unknown) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    const schema = node as Schema & { discriminator?: { propertyName?: unknown; mapping?: Record<string, string> } };
    const discriminator = schema.discriminator;
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (typeof discriminator?.propertyName === "string" && discriminator.mapping === undefined && alternatives) {
      const mapping: Record<string, string> = {};
      for (const alternative of alternatives) {
        const target = resolveSchema(document, alternative);
        const property = resolveSchema(document, target?.properties?.[discriminator.propertyName]);
        const tag = property?.const ?? (property?.enum?.length === 1 ? property.enum[0] : undefined);
        if (alternative.$ref === undefined || typeof tag !== "string") return visitChildren(schema, visit);
        mapping[tag] = alternative.$ref;
      }
      discriminator.mapping = mapping;
    }
    visitChildren(schema, visit);
  };
  visit(document.paths);
  visit(document.components);
}

function visitChildren(node: object, visit: (child: unknown) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (key !== "example" && key !== "examples" && key !== "default" && key !== "enum" && key !== "const") visit(value);
  }
}
