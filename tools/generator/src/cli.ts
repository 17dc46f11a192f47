// `pnpm generate`: regenerates every output folder of the config in one process.
//
//   node --conditions=@maxtoken/source --import tsx tools/generator/src/cli.ts [--config <file>] [--package <folder>]
//
// --config   generator config (default: tools/generator/generator.config.json)
// --package  regenerate only the outputs inside this folder (e.g. `--package packages/node`)
//
// openapi-typescript, the slowest module to load, starts loading first; the rest is imported
// while it loads. Source maps stay off: reading the maps of every loaded dependency costs more
// than a generation run's own work (tsx keeps the generator's line numbers anyway).
import { typesEmitter } from "./types-emitter.ts";

process.setSourceMapsEnabled(false);
const types = typesEmitter();
const { resolve } = await import("node:path");
const { parseArgs } = await import("node:util");
const { DEFAULT_CONFIG, loadConfig } = await import("./config.ts");
const { displayPath, generate } = await import("./generate.ts");
const { describeFailure } = await import("./spec-problem.ts");

const { values } = parseArgs({ options: { config: { type: "string" }, package: { type: "string" } } });
try {
  const config = loadConfig(values.config ?? DEFAULT_CONFIG);
  const result = await generate(config, values.package === undefined ? undefined : resolve(values.package), types);
  const seconds = (performance.now() / 1000).toFixed(2);
  const count = result.changed.length;
  const status = count === 0 ? "up to date" : `${count} ${count === 1 ? "folder" : "folders"} changed`;
  console.log(
    `Generated ${result.fileCount} files into ${result.outputs.map(displayPath).join(", ")} (${status}) in ${seconds} s.`,
  );
} catch (error) {
  console.error(describeFailure(error));
  process.exitCode = 1;
}
