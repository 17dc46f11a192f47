/** Code written into a literal as it is (a `$ref` as `() => NameRule`), not as a JSON value. */
export class Code {
  constructor(readonly text: string) {}
}

/**
 * A JSON-like value (with {@link Code} written as it is) as a TypeScript literal: bare keys where
 * possible, on one line when it fits in `width` columns, otherwise one entry per line with
 * trailing commas.
 */
export function literal(value: unknown, indent = "", width = 100): string {
  if (value === undefined) return "undefined";
  if (value instanceof Code) return value.text;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const inner = `${indent}  `;
  const isArray = Array.isArray(value);
  const parts = isArray
    ? value.map((item) => literal(item, inner, width))
    : Object.entries(value).map(
        ([key, item]) =>
          `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item, inner, width)}`,
      );
  if (parts.length === 0) return isArray ? "[]" : "{}";
  const oneLine = isArray ? `[${parts.join(", ")}]` : `{ ${parts.join(", ")} }`;
  if (indent.length + oneLine.length <= width && !oneLine.includes("\n")) return oneLine;
  const [open, close] = isArray ? ["[", "]"] : ["{", "}"];
  return `${open}\n${parts.map((part) => `${inner}${part},`).join("\n")}\n${indent}${close}`;
}
