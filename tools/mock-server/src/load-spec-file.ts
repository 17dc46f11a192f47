import { resolve } from "node:path";
import { bundle, createConfig } from "@redocly/openapi-core";
import type { SpecDocument } from "./spec.ts";
import { SpecError } from "./spec-error.ts";

/**
 * Reads an OpenAPI 3.x file (YAML or JSON) and bundles its `$ref`s to other files into one
 * document whose `$ref`s all point inside it, with the same library the repository lints its
 * spec with (Redocly's `@redocly/openapi-core`), so the server sees what the linter sees.
 *
 * @param path the spec's root file
 * @throws {SpecError} naming the file, the pointer and the reason when the file cannot be read,
 * parsed or bundled, or is not OpenAPI 3.
 */
export async function loadSpecFile(path: string): Promise<SpecDocument> {
  const file = resolve(path);
  let result: Awaited<ReturnType<typeof bundle>>;
  try {
    // An empty configuration: a user's redocly.yaml (and its rules) has no say in what is served.
    const config = await createConfig({});
    result = await bundle({ ref: file, config, dereference: false });
  } catch (error) {
    throw new SpecError(file, "", describeLoadError(error));
  }
  const firstError = result.problems.find((problem) => problem.severity === "error");
  if (firstError !== undefined) {
    const location = firstError.location[0];
    throw new SpecError(
      location?.source.absoluteRef ?? file,
      location?.pointer?.replace(/^#/, "") ?? "",
      firstError.message,
    );
  }
  const document = result.bundle.parsed as unknown;
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw new SpecError(file, "", "the file does not hold an OpenAPI document (an object at the top)");
  }
  const version = (document as { openapi?: unknown }).openapi;
  if (typeof version !== "string" || !/^3\.[0-2]\./.test(version)) {
    throw new SpecError(
      file,
      "/openapi",
      `expected an OpenAPI 3.0, 3.1 or 3.2 document (got ${JSON.stringify(version)})`,
    );
  }
  const paths = (document as { paths?: unknown }).paths;
  if (paths !== undefined && (paths === null || typeof paths !== "object" || Array.isArray(paths))) {
    throw new SpecError(file, "/paths", "paths must be an object");
  }
  return document as SpecDocument;
}

function describeLoadError(error: unknown): string {
  const original = (error as { originalError?: { code?: string; reason?: string } }).originalError;
  if (original?.code === "ENOENT") return "no such file";
  if (original?.code === "EISDIR") return "a folder, not a spec file";
  const message = error instanceof Error ? error.message : String(error);
  // The file is named once, before the pointer: not again inside the reason.
  return message.split("\n")[0]!.replace(/ in "[^"]*"/, "");
}
