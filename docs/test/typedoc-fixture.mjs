// @ts-check
// Builds a throw-away one-package workspace in a temp folder and runs typedoc on it with the
// site's own configuration (docs/typedoc.config.mjs), so a test can show what fails the build.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import config, { packageOptions } from "../typedoc.config.mjs";

const require = createRequire(import.meta.url);

/**
 * @param {string} indexSource the fixture package's src/index.ts
 * @returns {Promise<{ exitCode: number | null, output: string }>}
 */
export async function runTypedocOnFixture(indexSource) {
  const root = await mkdtemp(join(tmpdir(), "maxtoken-docs-fixture-"));
  const packageDir = join(root, "fixture");
  await mkdir(join(packageDir, "src"), { recursive: true });
  await writeFile(
    join(packageDir, "package.json"),
    JSON.stringify({ name: "@maxtoken/fixture", version: "0.0.0", type: "module" }),
  );
  await writeFile(
    join(packageDir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        strict: true,
        noEmit: true,
        types: [],
        lib: ["ES2022"],
      },
      include: ["src"],
    }),
  );
  await writeFile(join(packageDir, "src", "index.ts"), indexSource);

  // The real options, less what only makes sense for the real workspace (its packages, guides
  // and landing page) and with the fixture's own tsconfig.
  const options = {
    ...config,
    entryPoints: [packageDir],
    out: join(root, "site"),
    readme: "none",
    projectDocuments: [],
    packageOptions: { ...packageOptions, tsconfig: join(packageDir, "tsconfig.json") },
  };
  const optionsPath = join(root, "typedoc.json");
  await writeFile(optionsPath, JSON.stringify(options, null, 2));

  const manifestPath = require.resolve("typedoc/package.json");
  const typedocBin = join(dirname(manifestPath), require(manifestPath).bin.typedoc);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [typedocBin, "--options", optionsPath], {
      cwd: root,
      env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, output }));
  });
}
