// `pnpm generate:check` (CI): generates every spec into a temporary folder and compares it with
// the output folders in the working tree, file by file, without writing to them: an uncommitted
// hand edit to a generated file is reported, never overwritten. Prints the command that fixes it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { compareFolders } from "./compare-folders.ts";
import { loadConfig } from "./config.ts";
import { renderConfigEntry } from "./generate.ts";
import { describeFailure } from "./spec-problem.ts";
import { writeOutputs } from "./write-output.ts";

export const DRIFT_MESSAGE = "Generated code is out of date: run `pnpm generate` and commit the result.";

const temporary = mkdtempSync(join(tmpdir(), "maxtoken-generate-check-"));
try {
  const config = loadConfig(process.argv[2] ?? undefined);
  const differences: string[] = [];
  const outputs: string[] = [];
  for (const [index, entry] of config.specs.entries()) {
    // The formatter is given the repository's config explicitly (format-output.ts), so output
    // rendered for a temporary folder is laid out exactly as `pnpm generate` lays it out.
    const fresh = join(temporary, String(index));
    writeOutputs([{ folder: fresh, files: await renderConfigEntry(entry) }]);
    for (const folder of entry.outputs) {
      const shown = relative(config.root, folder);
      outputs.push(shown);
      differences.push(...compareFolders(fresh, folder).map((line) => `${shown}/${line}`));
    }
  }
  if (differences.length > 0) {
    console.error(`Differs from a fresh generation:\n${differences.map((line) => `  ${line}`).join("\n")}`);
    console.error(DRIFT_MESSAGE);
    process.exitCode = 1;
  } else {
    console.log(`Generated code is up to date (${outputs.join(", ")}).`);
  }
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
} finally {
  rmSync(temporary, { recursive: true, force: true });
}
