import type { QueryStyle } from "./query-style.ts";

const DELIMITERS = { form: ",", spaceDelimited: "%20", pipeDelimited: "|", deepObject: "," } as const;

/**
 * A query serialiser for an operation whose parameters have a `style` in the spec; parameters
 * without one are written in the defaults (arrays exploded `form`, objects `deepObject`).
 * `undefined`, `null` and empty arrays are left out.
 *
 * Used by generated code; not meant to be called by hand.
 *
 * @param styles - the `style` and `explode` of each parameter that has them, by name.
 * @returns the function that writes a query string.
 */
export function styledQuery(styles: Record<string, QueryStyle>): (query: Record<string, unknown>) => string {
  return (query) => {
    const parts: string[] = [];
    for (const name of Object.keys(query)) {
      const value = query[name];
      if (value === undefined || value === null) continue;
      const style = Object.hasOwn(styles, name) ? styles[name]! : undefined;
      writeParameter(name, value, style?.style ?? "form", style?.explode ?? true, parts);
    }
    return parts.join("&");
  };
}

const encode = (value: unknown) => encodeURIComponent(String(value));

function writeParameter(name: string, value: unknown, style: QueryStyle["style"], explode: boolean, parts: string[]) {
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (explode) for (const item of value) parts.push(`${encode(name)}=${encode(item)}`);
    else parts.push(`${encode(name)}=${value.map(encode).join(DELIMITERS[style])}`);
  } else if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item != null);
    if (style === "deepObject")
      for (const [key, item] of entries) parts.push(`${encode(name)}[${encode(key)}]=${encode(item)}`);
    else if (explode) for (const [key, item] of entries) parts.push(`${encode(key)}=${encode(item)}`);
    else parts.push(`${encode(name)}=${entries.map(([key, item]) => `${encode(key)},${encode(item)}`).join(",")}`);
  } else parts.push(`${encode(name)}=${encode(value)}`);
}
