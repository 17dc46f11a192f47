// Writes the bundled spec as JSON into the build folder (default dist/), so the published
// package reads it at run time and needs nothing private. Usage: node scripts/write-spec.mjs [dir]
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { loadSpec } from "@maxtoken/spec";

const outDir = resolve(process.argv[2] ?? "dist");
const { document, problems } = await loadSpec();
if (problems.length > 0) {
  console.error("The spec has errors:");
  for (const problem of problems) console.error(`- ${problem.message} (${problem.location.join(", ")})`);
  process.exit(1);
}
await mkdir(outDir, { recursive: true });
await writeFile(resolve(outDir, "openapi.json"), `${JSON.stringify(document)}\n`);
await chmod(resolve(outDir, "cli.js"), 0o755).catch(() => {});
console.log(`wrote ${resolve(outDir, "openapi.json")}`);
