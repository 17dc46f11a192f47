// Walks the bundled spec and lists every example with the schema it must satisfy.
import { getAt, toPointer } from "../json-pointer.mjs";

/** Follows a local `$ref` ("#/components/examples/x") to the object it names. */
export function resolveRef(document, node) {
  if (!node || typeof node.$ref !== "string") return node;
  return getAt(document, node.$ref);
}

function escapePointerToken(key) {
  return toPointer([key]).slice(1);
}

function fromContent(document, content, pointer, label, part) {
  const where = `${label} ${part}`;
  const found = [];
  for (const [mediaType, media] of Object.entries(content ?? {})) {
    const schema = { pointer: `${pointer}/${escapePointerToken(mediaType)}/schema` };
    for (const [name, example] of Object.entries(media.examples ?? {})) {
      found.push({ where, part, mediaType, name, schema, value: resolveRef(document, example).value });
    }
    if ("example" in media) found.push({ where, part, mediaType, name: "example", schema, value: media.example });
  }
  return found;
}

/** Every request and response example of every operation, with a pointer to its schema. */
export function collectExamples(document) {
  const found = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const base = `#/paths/${escapePointerToken(path)}/${method}`;
      const label = `${method.toUpperCase()} ${path}`;
      const body = resolveRef(document, operation.requestBody);
      if (body) {
        const pointer = operation.requestBody.$ref
          ? operation.requestBody.$ref.slice(1)
          : `${base.slice(1)}/requestBody`;
        found.push(...fromContent(document, body.content, `${pointer}/content`, label, "request"));
      }
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const pointer = response.$ref ? response.$ref.slice(1) : `${base.slice(1)}/responses/${status}`;
        found.push(
          ...fromContent(document, resolveRef(document, response).content, `${pointer}/content`, label, status),
        );
      }
    }
  }
  return found;
}
