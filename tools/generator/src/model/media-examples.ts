import { getAt } from "@maxtoken/spec";
import type { Document, MediaType, Schema } from "../openapi-document.ts";

/** The request examples, in spec order: the media type's `examples`, its `example`, the schema's `examples`. */
export function mediaExamples(document: Document, media: MediaType, schema: Schema | undefined): unknown[] {
  const values: unknown[] = [];
  for (const example of Object.values(media.examples ?? {})) {
    const resolved =
      example.$ref === undefined ? example : (getAt(document, example.$ref) as { value?: unknown } | undefined);
    if (resolved?.value !== undefined) values.push(resolved.value);
  }
  if (media.example !== undefined) values.push(media.example);
  if (schema?.examples !== undefined) values.push(...schema.examples);
  return values;
}
