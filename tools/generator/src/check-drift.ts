// `pnpm generate:check` (CI): regenerates every output folder, then fails when that changed a
// tracked file or left an untracked one, printing the command that fixes it.
import { spawnSync } from "node:child_process";
import { relative } from "node:path";
import { loadConfig } from "./config.ts";
import { generate, SpecError } from "./generate.ts";

export const DRIFT_MESSAGE = "Generated code is out of date: run `pnpm generate` and commit the result.";

try {
  const config = loadConfig(process.argv[2] ?? undefined);
  await generate(config);
  const outputs = config.specs.flatMap((entry) => entry.outputs.map((folder) => relative(config.root, folder)));
  const git = (...args: string[]) => spawnSync("git", args, { cwd: config.root, encoding: "utf8" });
  const diff = git("diff", "--exit-code", "--stat", "--", ...outputs);
  const untracked = git("status", "--porcelain", "--untracked-files=all", "--", ...outputs);
  if (diff.error || untracked.error || diff.status === null || diff.status > 1) {
    throw new Error(`git failed: ${diff.error?.message ?? untracked.error?.message ?? diff.stderr}`);
  }
  if (diff.status !== 0 || untracked.stdout.trim() !== "") {
    console.error(`Changed by regenerating:\n${diff.stdout.trimEnd()}\nStatus:\n${untracked.stdout.trimEnd()}`);
    console.error(DRIFT_MESSAGE);
    process.exitCode = 1;
  } else {
    console.log(`Generated code is up to date (${outputs.join(", ")}).`);
  }
} catch (error) {
  console.error(
    error instanceof SpecError
      ? error.message
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error),
  );
  process.exitCode = 1;
}
