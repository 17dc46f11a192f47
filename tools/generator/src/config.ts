import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `generator.config.json`: which spec goes to which output folders. */
export interface GeneratorConfig {
  /** Folder the other paths are relative to (itself relative to the config file). */
  root: string;
  /**
   * Each spec and the folders it is generated into. `showWarnings: false` keeps a spec's warnings
   * out of the command's output (a test fixture that has its caveats on purpose).
   */
  specs: { spec: string; outputs: string[]; showWarnings?: boolean }[];
}

/** A config with its paths made absolute; `label` is the spec path as written (for headers). */
export interface ResolvedConfig {
  root: string;
  specs: { spec: string; label: string; outputs: string[]; showWarnings: boolean }[];
}

/** The default config, beside this package's `package.json`. */
export const DEFAULT_CONFIG = new URL("../generator.config.json", import.meta.url);

export function loadConfig(path: string | URL = DEFAULT_CONFIG): ResolvedConfig {
  const file = path instanceof URL ? fileURLToPath(path) : resolve(path);
  let config: GeneratorConfig;
  try {
    config = JSON.parse(readFileSync(file, "utf8")) as GeneratorConfig;
  } catch (error) {
    throw new Error(`Cannot read the generator config ${file}: ${(error as Error).message}`);
  }
  const fail = (what: string) => {
    throw new Error(`The generator config ${file} is invalid: ${what}.`);
  };
  if (!Array.isArray(config.specs) || config.specs.length === 0) fail("`specs` must be a non-empty list");
  const root = resolve(dirname(file), config.root ?? ".");
  return {
    root,
    specs: config.specs.map((entry, index) => {
      if (typeof entry.spec !== "string") fail(`specs[${index}].spec must be a path`);
      if (!Array.isArray(entry.outputs) || entry.outputs.length === 0)
        fail(`specs[${index}].outputs must list at least one folder`);
      return {
        spec: resolve(root, entry.spec),
        label: entry.spec,
        outputs: entry.outputs.map((output) => resolve(root, output)),
        showWarnings: entry.showWarnings !== false,
      };
    }),
  };
}
