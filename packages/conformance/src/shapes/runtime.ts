import type { RuntimeAdapter } from "@maxtoken/core/internal";

/**
 * The runtime adapter of the shapes fixture's generated client (`./generated/`, from
 * tools/generator/test/fixtures/shapes/openapi.yaml). The same client runs in Node, Deno and
 * Chromium, so it names no runtime and reads no environment: what the shapes cases test is the
 * generated code and core on each runtime's own fetch, FormData, Blob and streams, not how a
 * runtime package names itself (the main suite covers that).
 */
export const runtime: RuntimeAdapter = {
  runtime: "conformance",
  runtimeVersion: "0",
  packageName: "@maxtoken/conformance-shapes",
  readEnv: () => undefined,
  sendUserAgent: false,
  browser: false,
};
