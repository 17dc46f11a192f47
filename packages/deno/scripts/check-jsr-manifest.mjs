// Checks that what JSR publishes agrees with the workspace: jsr.json (the one JSR manifest, as in
// core) carries the same name and version as package.json; the exported file exists; every
// name exported by src/index.ts is exported by name (no `export *`); @maxtoken/core is imported
// at a range that accepts core's version.
import { readFile } from "node:fs/promises";

const read = async (path) => JSON.parse(await readFile(new URL(`../${path}`, import.meta.url), "utf8"));
const [jsrJson, packageJson, corePackageJson] = await Promise.all([
  read("jsr.json"),
  read("package.json"),
  read("../core/package.json"),
]);
const problems = [];
const expect = (condition, message) => condition || problems.push(message);

expect(jsrJson.name === packageJson.name, `jsr.json: name ${jsrJson.name} != package.json ${packageJson.name}`);
expect(
  jsrJson.version === packageJson.version,
  `jsr.json: version ${jsrJson.version} != package.json ${packageJson.version}`,
);
expect(
  jsrJson.exports === "./src/index.ts",
  `jsr.json: exports must be "./src/index.ts" (got ${JSON.stringify(jsrJson.exports)})`,
);
const core = jsrJson.imports?.["@maxtoken/core"];
expect(
  core === `jsr:@maxtoken/core@^${corePackageJson.version}`,
  `jsr.json: imports["@maxtoken/core"] must be "jsr:@maxtoken/core@^${corePackageJson.version}" (got ${core})`,
);
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
console.log(`JSR manifest agrees: ${jsrJson.name}@${jsrJson.version}, exports ${jsrJson.exports}`);
