// Loads the spec and bundles its split files into one document, with every schema under
// `#/components/schemas`. Tools (generator, mock server, tests) use this instead of parsing
// the YAML files themselves, so they all see exactly what the linter sees.
import { fileURLToPath } from "node:url";
import { bundle, loadConfig } from "@redocly/openapi-core";

/** Absolute path of the spec's root file. */
export const specPath = fileURLToPath(new URL("./openapi.yaml", import.meta.url));

/**
 * Bundles a spec (ours by default) into one plain object whose `$ref`s all point inside it.
 * @param {string} [path] root file of the spec
 * @returns {Promise<{ document: any, problems: Array<{ message: string, location: string[] }> }>}
 */
export async function loadSpec(path = specPath) {
  const config = await loadConfig({});
  const result = await bundle({ ref: path, config, dereference: false });
  const problems = result.problems
    .filter((p) => p.severity === "error")
    .map((p) => ({ message: p.message, location: p.location.map((l) => `${l.source.absoluteRef}${l.pointer}`) }));
  return { document: result.bundle.parsed, problems };
}
