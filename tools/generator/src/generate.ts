import { relative, sep } from "node:path";
import type { ApiModel } from "./api-model.ts";
import { buildModel } from "./build-model.ts";
import type { ResolvedConfig } from "./config.ts";
import { checkCoreContract } from "./core-contract.ts";
import { emitChecks } from "./emit/checks.ts";
import { emitClient } from "./emit/client.ts";
import { generatedHeader as header } from "./emit/header.ts";
import { emitOperations } from "./emit/operations.ts";
import { formatOutput } from "./format-output.ts";
import { bundleSpec } from "./load-spec.ts";
import { createSourceLocator } from "./source-locator.ts";
import { type BundledProblem, formatWarning, SpecError, type SpecProblem } from "./spec-problem.ts";
import { type TypesEmitter, typesEmitter } from "./types-emitter.ts";
import { writeOutputs } from "./write-output.ts";

/** A path as shown in messages: relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  const relativePath = relative(process.cwd(), file);
  return relativePath !== "" && !relativePath.startsWith("..") ? relativePath.split(sep).join("/") : file;
}

/**
 * Checks one spec and builds its model, without emitting: bundle with the generation rules,
 * validate, build the model, check it against core, and lay out the request checker (whose
 * warnings name unchecked keywords). Throws a `SpecError` (listing every problem, located in the
 * source files) when the spec cannot be generated from.
 *
 * @param specPath - the spec's root file.
 * @param label - how the headers name the spec (e.g. `openapi/openapi.yaml`).
 * @returns the model, the rendered `checks.gen.ts` and the warnings, located in the source files.
 */
export async function checkSpec(
  specPath: string,
  label: string,
): Promise<{ model: ApiModel; checksCode: string; warnings: SpecProblem[] }> {
  const { document, problems } = await bundleSpec(specPath, displayPath);
  if (problems.length > 0) throw new SpecError(problems);

  const locate = createSourceLocator(specPath);
  const located = (bundled: BundledProblem[]) =>
    bundled.map((problem) => {
      const location = locate(problem.pointer);
      return {
        file: displayPath(location.file),
        pointer: location.pointer,
        message: problem.message,
        fix: problem.fix,
      };
    });
  const built = buildModel(document);
  if (built.model === undefined) throw new SpecError(located(built.problems));
  const { model } = built;
  const core = checkCoreContract(model);
  if (core.problems.length > 0) throw new SpecError(located(core.problems));
  const checks = emitChecks(model, header(label));
  return {
    model,
    checksCode: checks.code,
    warnings: located([...built.warnings, ...core.warnings, ...checks.warnings]),
  };
}

/**
 * Renders the generated files of one spec, in memory: `checkSpec`, then emit and format.
 *
 * @param specPath - the spec's root file.
 * @param label - how the headers name the spec (e.g. `openapi/openapi.yaml`).
 * @param types - renders `types.gen.ts`.
 * @param warn - receives each warning (something generated with a caveat); by default printed to stderr.
 * @returns the files, by path relative to an output folder, in a stable order.
 */
export async function renderSpec(
  specPath: string,
  label: string,
  types: TypesEmitter = typesEmitter(),
  warn: (warning: SpecProblem) => void = printWarning,
): Promise<Map<string, string>> {
  const { model, checksCode, warnings } = await checkSpec(specPath, label);
  for (const warning of warnings) warn(warning);
  const files = new Map<string, string>([
    ["types.gen.ts", await types.emit(model, header(label))],
    ["checks.gen.ts", checksCode],
    ["operations.gen.ts", emitOperations(model, header(label))],
    ...emitClient(model, header(label)),
  ]);
  const sorted = new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return formatOutput(sorted);
}

/** Renders one spec of the config, its warnings printed unless the entry says `showWarnings: false`. */
export function renderConfigEntry(
  entry: ResolvedConfig["specs"][number],
  types?: TypesEmitter,
): Promise<Map<string, string>> {
  return renderSpec(entry.spec, entry.label, types, entry.showWarnings ? printWarning : () => {});
}

function printWarning(warning: SpecProblem): void {
  console.warn(formatWarning(warning));
}

export interface GenerateResult {
  /** Every output folder written to (changed or not). */
  outputs: string[];
  /** The output folders whose content changed. */
  changed: string[];
  /** Files generated, over all output folders. */
  fileCount: number;
}

/**
 * Renders every spec of the config, then writes all output folders (all or nothing).
 *
 * @param only - regenerate only the outputs inside this folder (a package), if given.
 * @param types - renders `types.gen.ts`.
 */
export async function generate(
  config: ResolvedConfig,
  only?: string,
  types: TypesEmitter = typesEmitter(),
): Promise<GenerateResult> {
  const outputs: { folder: string; files: Map<string, string> }[] = [];
  for (const entry of config.specs) {
    const folders = entry.outputs.filter(
      (folder) => only === undefined || `${folder}${sep}`.startsWith(`${only}${sep}`),
    );
    if (folders.length === 0) continue;
    const files = await renderConfigEntry(entry, types);
    outputs.push(...folders.map((folder) => ({ folder, files })));
  }
  const changed = writeOutputs(outputs);
  const fileCount = outputs.reduce((sum, { files }) => sum + files.size, 0);
  return { outputs: outputs.map(({ folder }) => folder), changed, fileCount };
}

export { SpecError };
