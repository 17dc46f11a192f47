import type { Document, Schema } from "../openapi-document.ts";
import type { Report } from "./report.ts";
import { schemaRefName } from "./schema-refs.ts";

/** Names an inline schema: returns the type name it is known by, or `undefined` after a reported clash. */
export type Hoist = (schema: Schema, name: string, pointer: string) => string | undefined;

/**
 * Makes a `Hoist` for a document: a `$ref` to a component schema keeps that schema's name; an
 * inline schema is added to `components.schemas` under the name given, unless that name is taken.
 */
export function makeHoist(document: Document, report: Report): Hoist {
  const schemas = document.components!.schemas!;
  return (schema, name, pointer) => {
    const referenced = schemaRefName(schema);
    if (referenced !== undefined) return referenced;
    if (Object.hasOwn(schemas, name)) {
      report(
        pointer,
        `the inline schema here would be named \`${name}\`, but a schema of that name already exists.`,
        `move the inline schema to \`components/schemas\` and \`$ref\` it, or rename the existing \`${name}\`.`,
      );
      return undefined;
    }
    schemas[name] = schema;
    return name;
  };
}
