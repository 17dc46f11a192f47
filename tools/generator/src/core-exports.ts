import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** One name that `@maxtoken/core` exports to users. */
export interface CoreExport {
  name: string;
  /** Exported with `type` (an interface or alias): re-exported with `type` too. */
  typeOnly: boolean;
}

let cached: CoreExport[] | undefined;

/**
 * The user API of `@maxtoken/core`: the names its public entry (`src/index.ts`, whose exports are
 * listed by name) exports, which every runtime package re-exports through its generated
 * `index.gen.ts`. Read from the source rather than imported, because type-only exports do not
 * exist at run time; `@maxtoken/core/internal` (the generated-code contract) is left out.
 */
export function coreExports(): CoreExport[] {
  if (cached !== undefined) return cached;
  const packageJson = createRequire(import.meta.url).resolve("@maxtoken/core/package.json");
  const manifest = JSON.parse(readFileSync(packageJson, "utf8")) as {
    exports: { ".": { "@maxtoken/source": string } };
  };
  const entry = join(dirname(packageJson), manifest.exports["."]["@maxtoken/source"]);
  const source = readFileSync(entry, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
  const found: CoreExport[] = [];
  for (const [, typeKeyword, list] of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s+from/g)) {
    for (const item of list!.split(",")) {
      const [, itemType, name] = /^\s*(type\s+)?([\w$]+)(?:\s+as\s+[\w$]+)?\s*$/.exec(item) ?? [];
      if (name !== undefined) found.push({ name, typeOnly: typeKeyword !== undefined || itemType !== undefined });
    }
  }
  if (found.length === 0 || /export\s*\*/.test(source)) {
    throw new Error(
      `${entry}: expected export lists by name (export { A, type B } from "..."), found none or an export *.`,
    );
  }
  cached = found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return cached;
}
