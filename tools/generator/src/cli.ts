#!/usr/bin/env -S npx tsx --conditions=@maxtoken/source
// `pnpm generate`: regenerates every output folder of the config in one process.
//
//   tsx --conditions=@maxtoken/source tools/generator/src/cli.ts [--config <file>] [--package <folder>]
//
// --config   generator config (default: tools/generator/generator.config.json)
// --package  regenerate only the outputs inside this folder (e.g. `--package packages/node`)
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_CONFIG, loadConfig } from "./config.ts";
import { displayPath, generate, SpecError } from "./generate.ts";

const started = performance.now();
const { values } = parseArgs({ options: { config: { type: "string" }, package: { type: "string" } } });

try {
  const config = loadConfig(values.config ?? DEFAULT_CONFIG);
  const result = await generate(config, values.package === undefined ? undefined : resolve(values.package));
  const milliseconds = Math.round(performance.now() - started);
  const status = result.changed.length === 0 ? "up to date" : `${result.changed.length} changed`;
  console.log(
    `Generated ${result.fileCount} files into ${result.outputs.map(displayPath).join(", ")} (${status}) in ${milliseconds} ms.`,
  );
} catch (error) {
  if (error instanceof SpecError) {
    console.error(error.message);
  } else {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  }
  process.exitCode = 1;
}
