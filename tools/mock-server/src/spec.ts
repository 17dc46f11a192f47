import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadSpecFile } from "./load-spec-file.ts";

/**
 * The bundled OpenAPI document of the maxtoken API: one plain JSON object whose `$ref`s all
 * point inside it (`#/components/...`), as `@maxtoken/spec`'s `loadSpec()` produces it.
 */
export interface SpecDocument {
  /** The OpenAPI version, `3.0.x`, `3.1.x` or `3.2.x`. */
  openapi: string;
  /** The servers; the path of the first one's URL (`/v1`) prefixes every route. */
  servers?: Array<{
    /** The server's base URL, e.g. `https://api.maxtoken.io/v1`. */
    url: string;
  }>;
  /** The operations, by path and method. */
  paths: Record<string, Record<string, unknown>>;
  /** Schemas, responses, headers and the rest. */
  components?: Record<string, Record<string, unknown>>;
  [key: string]: unknown;
}

/** The file name of the bundled spec written next to the compiled code by `pnpm build`. */
export const BUNDLED_SPEC_FILE = "openapi.json";

let cached: Promise<SpecDocument> | undefined;

/**
 * Loads the spec the mock server implements, once per process.
 *
 * - From the published package (`dist/`), it reads `openapi.json`, which the build wrote
 *   beside the compiled code from `@maxtoken/spec`: nothing private is needed at run time.
 * - From the sources (`src/*.ts`, under tsx or vitest), it bundles the workspace's
 *   `openapi/openapi.yaml` with {@link loadSpecFile}, so an edited spec takes effect
 *   without a build.
 *
 * @throws when the spec cannot be read or bundles with errors.
 */
export function loadMockSpec(): Promise<SpecDocument> {
  cached ??= readSpec().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function readSpec(): Promise<SpecDocument> {
  if (import.meta.url.endsWith(".ts")) return bundleWorkspaceSpec();
  const file = new URL(`./${BUNDLED_SPEC_FILE}`, import.meta.url);
  const text = await readFile(file, "utf8");
  return JSON.parse(text) as SpecDocument;
}

/**
 * Bundles the workspace spec (`openapi/openapi.yaml` of the private `@maxtoken/spec` package, a
 * development dependency: only the sources and the build script use it) with
 * {@link loadSpecFile}.
 *
 * @throws {SpecError} when the spec cannot be bundled.
 */
export async function bundleWorkspaceSpec(): Promise<SpecDocument> {
  // A variable specifier: the published build never resolves this private package.
  const specPackage = "@maxtoken/spec/openapi.yaml";
  return loadSpecFile(fileURLToPath(import.meta.resolve(specPackage)));
}
