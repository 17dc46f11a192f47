// @ts-check
// The docs site's typedoc configuration (packages mode). `pnpm run docs` runs scripts/build.mjs,
// which runs typedoc with this file and then renders the spec into site/api/.
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** The documented packages, in the order they appear in the navigation. */
export const documentedPackages = [
  "packages/core",
  "packages/node",
  "packages/deno",
  "packages/browser",
  "tools/mock-server",
];

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
  projectDocuments: [here("./guides/index.md")],
  plugin: [here("./typedoc-plugin-site-links.mjs")],
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
