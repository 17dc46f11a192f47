// Run by test/node-lines.test.ts under each Node line, one process per line:
//   node test/node-lines/run-suite.mjs <suite bundle> <baseURL> <results file>
// Runs every conformance case against the BUILT package twice, through `import` (the ESM build)
// and `require` (the CommonJS build), both resolved by the package's own name as a user's code
// would, and writes what happened to the results file as JSON (a case's failure, or null).
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [suitePath, baseURL, resultsPath] = process.argv.slice(2);
if (!suitePath || !baseURL || !resultsPath) {
  throw new Error(
    "usage: run-suite.mjs <suite bundle> <baseURL> <results file>: run it through test/node-lines.test.ts",
  );
}

const { conformanceCases } = await import(pathToFileURL(suitePath).href);
const require = createRequire(import.meta.url);
const builds = {
  esm: { entry: import.meta.resolve("@maxtoken/node"), sdk: await import("@maxtoken/node") },
  cjs: { entry: pathToFileURL(require.resolve("@maxtoken/node")).href, sdk: require("@maxtoken/node") },
};

const results = { version: process.versions.node, entries: {}, failures: {} };
for (const [format, { entry, sdk }] of Object.entries(builds)) {
  results.entries[format] = entry;
  const failures = {};
  for (const conformanceCase of conformanceCases) {
    try {
      await conformanceCase.run({ sdk, baseURL, runtime: "node", packageName: "@maxtoken/node" });
      failures[conformanceCase.name] = null;
    } catch (error) {
      failures[conformanceCase.name] =
        error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
    }
  }
  results.failures[format] = failures;
}
await writeFile(resultsPath, JSON.stringify(results));
