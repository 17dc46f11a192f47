// @ts-check
// The docs site's typedoc configuration (packages mode). `pnpm run docs` runs scripts/build.mjs,
// which runs typedoc with this file and then renders the spec into site/api/.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadSpec } from "@maxtoken/spec";
import { changelogPage } from "./scripts/changelog-markdown.mjs";
import { httpApiPage, operationAnchor, requestFieldsTable } from "./scripts/spec-markdown.mjs";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** The documented packages, in the order they appear in the navigation: the main package first. */
export const documentedPackages = [
  "packages/node",
  "packages/deno",
  "packages/browser",
  "tools/mock-server",
  "packages/core",
];

// Pages written from the repository at build time (git-ignored): the changelog and the HTTP API
// overview. They sit beside guides/ so their relative links resolve like a guide's.
const generatedDir = here("./generated-pages");
mkdirSync(generatedDir, { recursive: true });
writeFileSync(`${generatedDir}/changelog.md`, changelogPage(here("..")));
const { document: spec } = await loadSpec();
writeFileSync(`${generatedDir}/http-api.md`, httpApiPage(spec));

const sdkVersion = JSON.parse(readFileSync(here("../packages/node/package.json"), "utf8")).version;

/**
 * What typedoc-plugin-one-reference.mjs does with the merged reference: one canonical reference
 * (@maxtoken/node's), search ranking, the request fields on the `create` page, the version.
 * @type {import("./typedoc-plugin-one-reference.mjs").OneReferenceOptions}
 */
export const oneReference = {
  main: "@maxtoken/node",
  order: ["@maxtoken/node", "@maxtoken/deno", "@maxtoken/browser", "@maxtoken/mock-server", "@maxtoken/core"],
  sameAsMain: ["@maxtoken/deno", "@maxtoken/browser"],
  shared: ["@maxtoken/core"],
  version: sdkVersion,
  requestFieldsMarkdown: `${requestFieldsTable(spec, (field) => `site:interfaces/_maxtoken_node.ChatCompletionCreateParams.html#${field.toLowerCase()}`)}\n\nThe [HTTP API reference](site:api/index.html#${operationAnchor}) shows the same fields on the wire.`,
  searchBoosts: {
    document: 50,
    inherited: 0.1,
    "@maxtoken/node": 2,
    "@maxtoken/mock-server": 0.5,
    "@maxtoken/core": 0.3,
  },
};

/**
 * What makes the build strict: any warning fails it, including an export without TSDoc, a type
 * that a public symbol uses but the package does not export, and a `{@link}` that goes nowhere.
 * Used at the root and inside every package (packages mode validates each package on its own).
 * The docs test builds a fixture package with these same options and expects a failure.
 */
export const strictness = {
  treatWarningsAsErrors: true,
  validation: { notExported: true, notDocumented: true, invalidLink: true },
};

/**
 * Options applied inside each documented package. `treatWarningsAsErrors` only has an effect at
 * the root, where it also covers the warnings raised inside packages; `validation` is per package.
 */
export const packageOptions = {
  entryPoints: ["src/index.ts"],
  tsconfig: here("./tsconfig.packages.json"),
  excludePrivate: true,
  excludeInternal: true,
  // Source links need a hosted repository URL, which this project does not have yet.
  disableSources: true,
  // Type errors are the packages' own `typecheck` task; checking every program again here
  // would make the docs build several times slower.
  skipErrorChecking: true,
  validation: strictness.validation,
};

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const config = {
  name: "maxtoken SDK",
  entryPointStrategy: "packages",
  entryPoints: documentedPackages.map((path) => here(`../${path}`)),
  packageOptions,
  out: here("./site"),
  readme: here("./home.md"),
  // The guides: index.md lists the others as its `children` (in reading order).
  projectDocuments: [here("./guides/index.md"), `${generatedDir}/http-api.md`, `${generatedDir}/changelog.md`],
  plugin: [here("./typedoc-plugin-site-links.mjs"), here("./typedoc-plugin-one-reference.mjs")],
  customCss: here("./theme/site.css"),
  customJs: here("./theme/site.js"),
  sortEntryPoints: false,
  // "site:..." is made relative to each page by the plugin above.
  navigationLinks: {
    "HTTP API reference": "site:api/index.html",
  },
  sidebarLinks: {
    "HTTP API reference (OpenAPI)": "site:api/index.html",
  },
  ...strictness,
  // "@maxtoken/core" rather than a "@maxtoken" folder holding "core".
  navigation: { includeFolders: false, includeGroups: false, includeCategories: false },
  // Without an icon Chromium asks for /favicon.ico and logs the 404 as a console error.
  favicon: here("./favicon.svg"),
  hideGenerator: true,
  cleanOutputDir: true,
  searchInDocuments: true,
  searchInComments: true,
};

export default config;
