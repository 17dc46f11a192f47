import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

/** The repository's Biome config: generated code is laid out exactly like hand-written code. */
export const FORMATTER_CONFIG = fileURLToPath(new URL("../../../biome.jsonc", import.meta.url));

const biomeBin = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");

/**
 * Formats rendered files with Biome (layout and import order), in memory. Each file goes through Biome's stdin under its
 * output path, and the config is passed explicitly: the files may be rendered for a temporary
 * folder, where Biome would not find the repository's config on its own.
 *
 * @param files - contents by path (the path only tells Biome the language).
 * @returns the same paths with formatted contents.
 */
export async function formatOutput(files: Map<string, string>): Promise<Map<string, string>> {
  const formatted = await Promise.all(
    [...files].map(async ([path, content]) => [path, await formatWithBiome(path, content)] as const),
  );
  return new Map(formatted);
}

function formatWithBiome(path: string, content: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        biomeBin,
        "check",
        "--write",
        "--linter-enabled=false",
        `--config-path=${FORMATTER_CONFIG}`,
        `--stdin-file-path=generated/${path}`,
      ],
      { stdio: ["pipe", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(`Biome could not format the generated ${path} (exit ${code}):\n${stderr}`));
    });
    child.stdin.end(content);
  });
}
