// Checks that what JSR publishes agrees with the workspace: jsr.json (the one JSR manifest, as in
// core) carries the same name and version as package.json, and the same entry: the generated
// public index (src/generated/index.gen.ts), which exists and lists its exports by name (no
// `export *`); @maxtoken/core is imported at a range that accepts core's version, and core's
// jsr.json exports every subpath its package.json does (the generated code imports
// `@maxtoken/core/internal`, which the `jsr:` import of `@maxtoken/core` maps to core's
// "./internal" export).
import { readFile } from "node:fs/promises";

const ENTRY = "./src/generated/index.gen.ts";
const read = async (path) => JSON.parse(await readFile(new URL(`../${path}`, import.meta.url), "utf8"));
const [jsrJson, packageJson, corePackageJson, coreJsrJson] = await Promise.all([
  read("jsr.json"),
  read("package.json"),
  read("../core/package.json"),
  read("../core/jsr.json"),
]);
const problems = [];
const expect = (condition, message) => condition || problems.push(message);

expect(jsrJson.name === packageJson.name, `jsr.json: name ${jsrJson.name} != package.json ${packageJson.name}`);
expect(
  jsrJson.version === packageJson.version,
  `jsr.json: version ${jsrJson.version} != package.json ${packageJson.version}`,
);
expect(jsrJson.exports === ENTRY, `jsr.json: exports must be "${ENTRY}" (got ${JSON.stringify(jsrJson.exports)})`);
const core = jsrJson.imports?.["@maxtoken/core"];
expect(
  core === `jsr:@maxtoken/core@^${corePackageJson.version}`,
  `jsr.json: imports["@maxtoken/core"] must be "jsr:@maxtoken/core@^${corePackageJson.version}" (got ${core})`,
);
expect(packageJson.private === true, "package.json must stay private: @maxtoken/deno is published on JSR only");
expect(
  packageJson.exports?.["."]?.default === ENTRY,
  `package.json: exports["."].default must be "${ENTRY}" (got ${JSON.stringify(packageJson.exports?.["."]?.default)})`,
);
const published = typeof coreJsrJson.exports === "string" ? { ".": coreJsrJson.exports } : coreJsrJson.exports;
for (const subpath of Object.keys(corePackageJson.exports).filter((key) => key !== "./package.json")) {
  const source = corePackageJson.exports[subpath]["@maxtoken/source"];
  expect(
    published?.[subpath] === source,
    `core's jsr.json: exports["${subpath}"] must be "${source}", as in its package.json (got ${published?.[subpath]})`,
  );
}

const entryURL = new URL(`../${ENTRY}`, import.meta.url);
const index = await readFile(entryURL, "utf8").catch(() => "");
expect(index.length > 0, `${ENTRY} is missing (run pnpm generate)`);
expect(!/export\s*\*/.test(index), `${ENTRY} must list its exports by name (no export *)`);
for (const match of index.matchAll(/from\s+"(\.[^"]+)"/g)) {
  await readFile(new URL(match[1], entryURL)).catch(() =>
    problems.push(`${ENTRY} imports ${match[1]}, which does not exist`),
  );
}

if (problems.length > 0) {
  console.error(`JSR manifest check failed:\n- ${problems.join("\n- ")}`);
  process.exit(1);
}
console.log(`JSR manifest agrees: ${jsrJson.name}@${jsrJson.version}, exports ${jsrJson.exports}`);
