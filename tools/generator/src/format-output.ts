import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository's Biome config: generated code is laid out exactly like hand-written code. */
export const FORMATTER_CONFIG = fileURLToPath(new URL("../../../biome.jsonc", import.meta.url));

const biomeBin = createRequire(import.meta.url).resolve("@biomejs/biome/bin/biome");

/**
 * Formats rendered files with Biome (layout and import order) in one Biome run: the files are
 * written to a temporary folder, formatted there and read back. The config is passed explicitly
 * and Biome's VCS integration is off: outside the repository Biome would find neither the
 * config nor the ignore file on its own. (One run, not one process per file: a large spec
 * renders hundreds of files.)
 *
 * @param files - contents by path (the path also tells Biome the language).
 * @returns the same paths with formatted contents.
 */
export async function formatOutput(files: Map<string, string>): Promise<Map<string, string>> {
  const folder = mkdtempSync(join(tmpdir(), "maxtoken-format-"));
  try {
    const root = join(folder, "generated");
    for (const [path, content] of files) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    await runBiome(root);
    return new Map([...files.keys()].map((path) => [path, readFileSync(join(root, path), "utf8")]));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function runBiome(folder: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        biomeBin,
        "check",
        "--write",
        "--linter-enabled=false",
        "--vcs-enabled=false",
        `--config-path=${FORMATTER_CONFIG}`,
        "--max-diagnostics=20",
        folder,
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (output += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (output += text));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`Biome could not format the generated files (exit ${code}):\n${output}`));
    });
  });
}
