// @ts-check
// Markdown read off the OpenAPI spec, for the typedoc part of the site: the table of request
// fields on the `create` page, and the "HTTP API" page that puts the wire format in the site's
// search (Redoc's page has a search of its own, which the typedoc search cannot read).

/** The anchor of the operation on the Redoc page. */
export const operationAnchor = "/chat/createchatcompletion";

/** A `#/components/schemas/Name` ref's last segment. */
const refName = (ref) => ref.slice(ref.lastIndexOf("/") + 1);

/** A description as one line of a Markdown table cell (first paragraph only). */
export function cellText(text) {
  const firstParagraph = (text ?? "").trim().split(/\n\s*\n/)[0] ?? "";
  return firstParagraph.replace(/\s*\n\s*/g, " ").replaceAll("|", "\\|");
}

/**
 * A schema's type as a reader writes it: `string`, `number`, `ChatCompletionMessageParam[]`,
 * `"a" \| "b"`, or `string` with its known values.
 * @param {any} schema
 * @returns {string}
 */
export function typeText(schema) {
  if (!schema) return "any";
  if (schema.$ref) return refName(schema.$ref);
  if (schema.enum) return schema.enum.map((value) => JSON.stringify(value)).join(" \\| ");
  if (schema.type === "array") return `${typeText(schema.items)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(" \\| ");
  if (schema.anyOf || schema.oneOf) return (schema.anyOf ?? schema.oneOf).map(typeText).join(" \\| ");
  return schema.type ?? "object";
}

/**
 * The limits a schema sets, in words: "0..1", "≥ 1", "at least 1 item", "at least 1 character".
 * @param {any} schema
 */
export function rangeText(schema) {
  const parts = [];
  if (schema.minimum !== undefined && schema.maximum !== undefined) parts.push(`${schema.minimum}..${schema.maximum}`);
  else if (schema.minimum !== undefined) parts.push(`≥ ${schema.minimum}`);
  else if (schema.maximum !== undefined) parts.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) parts.push(`at least ${schema.minItems} item${schema.minItems === 1 ? "" : "s"}`);
  if (schema.maxItems !== undefined) parts.push(`at most ${schema.maxItems} items`);
  if (schema.minLength !== undefined) parts.push(`non-empty`);
  if (schema.items?.minLength !== undefined) parts.push("items non-empty");
  return parts.join(", ");
}

/**
 * The request body's fields as a Markdown table, required ones first (each group in spec order):
 * name, type, whether required, range, default, and the description's first paragraph.
 * @param {any} document the bundled spec
 * @param {(field: string) => string | undefined} [hrefOf] where a field's name links to
 */
export function requestFieldsTable(document, hrefOf = () => undefined) {
  const params = document.components.schemas.ChatCompletionCreateParams;
  const required = new Set(params.required ?? []);
  const fields = Object.entries(params.properties);
  const ordered = [...fields.filter(([name]) => required.has(name)), ...fields.filter(([name]) => !required.has(name))];
  const known = (schema) =>
    schema["x-known-values"] ? ` (known: ${schema["x-known-values"].map((v) => `\`${v}\``).join(", ")})` : "";
  const rows = ordered.map(([name, schema]) => {
    const href = hrefOf(name);
    const label = href ? `[\`${name}\`](${href})` : `\`${name}\``;
    // No default: a required field has none, an optional list is simply absent, and for an
    // optional value the API decides.
    const fallback = required.has(name) || schema.type === "array" ? "—" : "the API's";
    return [
      label,
      `\`${typeText(schema)}\`${known(schema)}`,
      required.has(name) ? "**required**" : "optional",
      rangeText(schema) || "—",
      schema.default === undefined ? fallback : `\`${JSON.stringify(schema.default)}\``,
      cellText(schema.description),
    ];
  });
  return [
    "| Field | Type | | Range | Default | Description |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((cells) => `| ${cells.join(" | ")} |`),
  ].join("\n");
}

/**
 * The "HTTP API" page: the endpoint, its request fields, its answers and its error statuses,
 * each linking into the full reference (Redoc's page) where the schemas and examples are.
 * @param {any} document the bundled spec
 */
export function httpApiPage(document) {
  const [path, item] = Object.entries(document.paths)[0] ?? [];
  const operation = item.post;
  const server = document.servers?.[0]?.url ?? "";
  const reference = `site:api/index.html#${operationAnchor}`;
  const responses = Object.entries(operation.responses).map(([status, response]) => {
    const resolved = response.$ref
      ? document.components.responses[response.$ref.slice(response.$ref.lastIndexOf("/") + 1)]
      : response;
    return `| ${status} | ${cellText(resolved.description)} |`;
  });
  return `---
title: HTTP API
---

# HTTP API: \`POST ${new URL(server).pathname}${path}\`

${cellText(document.info.description)}

The SDKs send this request for you (\`client.chat.completions.create\`); this page is the wire
format at a glance. The [full HTTP API reference](${reference}) has every schema, the request and
response examples, a \`curl\` sample and the stream format with its \`data:\` lines and
\`data: [DONE]\`.

## Authentication

${cellText(document.components.securitySchemes.bearerAuth.description)} Keys come from the API Keys
section of your maxtoken dashboard; the SDKs read \`MAXTOKEN_API_KEY\`.

## Request body

${requestFieldsTable(document)}

## Answers

| Status | Meaning |
| --- | --- |
${responses.join("\n")}

With \`"stream": true\` the 200 answer is \`text/event-stream\`: one \`data: {...}\` line per
\`chat.completion.chunk\`, a blank line after each, and \`data: [DONE]\` at the end. The
[Streaming guide](../guides/streaming.md) shows how the SDK reads it.
`;
}
