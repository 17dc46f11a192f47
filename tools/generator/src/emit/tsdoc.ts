import type { Schema } from "../openapi-document.ts";
import { knownValues } from "./known-values.ts";

/**
 * The TSDoc lines for a schema: its description, then its constraints in words ("Range: 0..1",
 * "Minimum items: 1", "Pattern: ..."), its known values, then `@defaultValue`, `@example`
 * and `@deprecated`. Editors show them on hover and typedoc renders them.
 */
export function schemaDocLines(schema: Schema, fallbackDescription?: string): string[] {
  const lines: string[] = [];
  const description = (schema.description ?? fallbackDescription)?.trim();
  if (description) lines.push(...description.split("\n"));

  const notes = constraintNotes(schema);
  if (notes.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(...notes);
  }

  const tags: string[] = [];
  if (schema.default !== undefined) tags.push(`@defaultValue \`${JSON.stringify(schema.default)}\``);
  for (const example of schema.examples ?? (schema.example === undefined ? [] : [schema.example])) {
    // typedoc shows an `@example` without a code fence as code: backticks here would show.
    tags.push(`@example ${JSON.stringify(example)}`);
  }
  if (schema.deprecated) tags.push("@deprecated");
  if (tags.length > 0) {
    if (lines.length > 0) lines.push("");
    lines.push(...tags);
  }
  return lines;
}

/** The schema's validation keywords as short sentences. */
export function constraintNotes(schema: Schema): string[] {
  const notes: string[] = [];
  const range = (
    label: string,
    min: number | undefined,
    max: number | undefined,
    minLabel: string,
    maxLabel: string,
  ) => {
    if (min !== undefined && max !== undefined) notes.push(`${label}: ${min}..${max}`);
    else if (min !== undefined) notes.push(`${minLabel}: ${min}`);
    else if (max !== undefined) notes.push(`${maxLabel}: ${max}`);
  };
  range("Range", schema.minimum, schema.maximum, "Minimum", "Maximum");
  if (typeof schema.exclusiveMinimum === "number") notes.push(`Greater than ${schema.exclusiveMinimum}`);
  if (typeof schema.exclusiveMaximum === "number") notes.push(`Less than ${schema.exclusiveMaximum}`);
  if (schema.multipleOf !== undefined) notes.push(`Multiple of ${schema.multipleOf}`);
  range("Length", schema.minLength, schema.maxLength, "Minimum length", "Maximum length");
  if (schema.pattern !== undefined) notes.push(`Pattern: \`${schema.pattern}\``);
  if (schema.format !== undefined) notes.push(`Format: ${schema.format}`);
  range("Items", schema.minItems, schema.maxItems, "Minimum items", "Maximum items");
  if (schema.uniqueItems) notes.push("Items must be unique");
  if (schema.items !== undefined && schema.items.$ref === undefined) {
    const itemNotes = constraintNotes(schema.items);
    if (itemNotes.length > 0) {
      notes.push(
        `Each item: ${itemNotes.map((note) => note.charAt(0).toLowerCase() + note.slice(1).replace(/^([^:]*): /, "$1 ")).join(", ")}`,
      );
    }
  }
  if (knownValues(schema) !== undefined) {
    notes.push("Known values are suggested; any other string is accepted too.");
  }
  const together = schema.not?.required;
  if (together !== undefined && together.length > 1) {
    notes.push(`Not allowed together: ${together.map((name) => `\`${name}\``).join(", ")}.`);
  }
  return notes;
}

/**
 * A `/** ... *\/` block indented by `indent`, or `""` for no lines. One short line stays on one
 * line; `*\/` inside the text is escaped.
 */
export function docComment(lines: string[], indent = ""): string {
  if (lines.length === 0) return "";
  // A line from the spec may hold line breaks itself (a multi-line `summary`).
  const safe = lines.flatMap((line) => line.split(/\r?\n/)).map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  if (safe.length === 1 && safe[0]!.length <= 100) return `${indent}/** ${safe[0]} */\n`;
  return `${indent}/**\n${safe.map((line) => (line === "" ? `${indent} *` : `${indent} * ${line}`)).join("\n")}\n${indent} */\n`;
}

/** The text of a synthetic TypeScript comment (what goes between `/*` and `*\/`). */
export function syntheticDocText(lines: string[]): string | undefined {
  if (lines.length === 0) return undefined;
  const safe = lines.map((line) => line.replaceAll("*/", "*\\/").trimEnd());
  if (safe.length === 1 && safe[0]!.length <= 100) return `* ${safe[0]} `;
  return `*\n${safe.map((line) => (line === "" ? " *" : ` * ${line}`)).join("\n")}\n `;
}
