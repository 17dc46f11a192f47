import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/**
 * The conformance suite (`conformanceCases`, no SDK) as the text of one ESM file, for a runtime
 * that loads neither TypeScript nor the workspace's sources: a runner passes it the package.
 */
export async function bundleSuite(): Promise<string> {
  return bundle(fileURLToPath(new URL("../index.ts", import.meta.url)), []);
}

/**
 * Bundles a Worker's entry module the way Cloudflare's tooling does: ESM, the `workerd`,
 * `worker` and `browser` export conditions, every import inlined. Packages resolve to their
 * builds (`dist/`), as for any user of the published packages.
 */
export async function bundleWorker(entry: string): Promise<string> {
  return bundle(entry, ["workerd", "worker", "browser"]);
}

async function bundle(entry: string, conditions: string[]): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions,
    mainFields: ["module", "main"],
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]!.text;
}
