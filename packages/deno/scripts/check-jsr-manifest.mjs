// Checks that what JSR publishes agrees with the workspace: deno.json and jsr.json carry the same
// name, version and exports as each other and as package.json; the exported file exists; every
// name exported by src/index.ts is exported by name (no `export *`); @maxtoken/core is imported
// at a range that accepts core's version.
import { readFile } from "node:fs/promises";

const read = async (path) => JSON.parse(await readFile(new URL(`../${path}`, import.meta.url), "utf8"));
const [denoJson, jsrJson, packageJson, corePackageJson] = await Promise.all([
  read("deno.json"),
  read("jsr.json"),
  read("package.json"),
  read("../core/package.json"),
]);
const problems = [];
const expect = (condition, message) => condition || problems.push(message);

for (const [file, manifest] of [
  ["deno.json", denoJson],
  ["jsr.json", jsrJson],
]) {
  expect(manifest.name === packageJson.name, `${file}: name ${manifest.name} != package.json ${packageJson.name}`);
  expect(
    manifest.version === packageJson.version,
    `${file}: version ${manifest.version} != package.json ${packageJson.version}`,
  );
  expect(
    manifest.exports === "./src/index.ts",
    `${file}: exports must be "./src/index.ts" (got ${JSON.stringify(manifest.exports)})`,
  );
  const core = manifest.imports?.["@maxtoken/core"];
  expect(
    core === `jsr:@maxtoken/core@^${corePackageJson.version}`,
    `${file}: imports["@maxtoken/core"] must be "jsr:@maxtoken/core@^${corePackageJson.version}" (got ${core})`,
  );
}
expect(JSON.stringify(denoJson) === JSON.stringify(jsrJson), "deno.json and jsr.json differ: keep them identical");
expect(packageJson.private === true, "package.json must stay private: @maxtoken/deno is published on JSR only");

const index = await readFile(new URL("../src/index.ts", import.meta.url), "utf8").catch(() => "");
expect(index.length > 0, "src/index.ts is missing");
expect(!/export\s*\*/.test(index), "src/index.ts must list its exports by name (no export *)");
for (const match of index.matchAll(/from\s+"(\.[^"]+)"/g)) {
  await readFile(new URL(`../src/${match[1]}`, import.meta.url)).catch(() =>
    problems.push(`src/index.ts imports ${match[1]}, which does not exist`),
  );
}

if (problems.length > 0) {
  console.error(`JSR manifest check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`JSR manifests agree: ${denoJson.name}@${denoJson.version}, exports ${denoJson.exports}`);
