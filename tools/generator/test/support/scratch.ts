import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseDocument } from "yaml";
import { CLI, GENERATOR_ROOT, REPO_ROOT, TSX } from "./paths.ts";

/**
 * An empty folder under `tools/generator/test/.scratch/` (git-ignored). It lives inside the
 * package so that generated code placed there resolves `@maxtoken/core` like a runtime package.
 */
export function scratchDir(name: string): string {
  const dir = join(GENERATOR_ROOT, "test/.scratch", name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The runtime adapter a scratch package uses in place of a runtime package's `src/runtime.ts`. */
export const TEST_RUNTIME = `import type { RuntimeAdapter } from "@maxtoken/core/internal";

export const runtime: RuntimeAdapter = {
  runtime: "test",
  runtimeVersion: "0",
  packageName: "@maxtoken/generator-test",
  readEnv: () => undefined,
  sendUserAgent: false,
  browser: false,
};
`;

/**
 * Lays generated files out like a runtime package: `<dir>/generated/...`, `<dir>/runtime.ts`
 * and a strict `tsconfig.json` (the repo's base config).
 */
export function materialize(dir: string, files: Map<string, string>): void {
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, "generated", path)), { recursive: true });
    writeFileSync(join(dir, "generated", path), content);
  }
  writeFileSync(join(dir, "runtime.ts"), TEST_RUNTIME);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        extends: join(REPO_ROOT, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, types: ["node"] },
        include: ["**/*.ts"],
      },
      null,
      2,
    ),
  );
}

/** A copy of our spec folder (without its node_modules and tests), to edit in a test. */
export function copyOurSpec(to: string): string {
  cpSync(join(REPO_ROOT, "openapi"), to, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|test)([/\\]|$)/.test(source.slice(REPO_ROOT.length)),
  });
  return join(to, "openapi.yaml");
}

/** Runs `tsc --noEmit -p <dir>`; returns its exit code and output. */
export function typecheck(dir: string): { status: number | null; output: string } {
  const tsc = join(GENERATOR_ROOT, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "--noEmit", "-p", dir], { encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Typechecks a materialized folder as a browser project would: DOM libs, no Node types. */
export function typecheckForBrowsers(dir: string): { status: number | null; output: string } {
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      extends: join(REPO_ROOT, "tsconfig.base.json"),
      compilerOptions: { noEmit: true, types: [], lib: ["ES2022", "DOM", "DOM.Iterable", "DOM.AsyncIterable"] },
      include: ["**/*.ts"],
    }),
  );
  return typecheck(dir);
}

/** `deno check` of `entry` in a materialized folder, core mapped to its sources (as the Deno package does). */
export function denoCheck(dir: string, entry: string): { status: number | null; output: string } {
  writeFileSync(
    join(dir, "deno.json"),
    JSON.stringify({
      nodeModulesDir: "none",
      imports: {
        "@maxtoken/core": join(REPO_ROOT, "packages/core/src/index.ts"),
        "@maxtoken/core/internal": join(REPO_ROOT, "packages/core/src/internal.ts"),
      },
    }),
  );
  const result = spawnSync(join(GENERATOR_ROOT, "node_modules/.bin/deno"), ["check", "--config", "deno.json", entry], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs a TypeScript entry point as the root scripts do (`node --conditions=@maxtoken/source --import tsx`). */
export function runScript(
  script: string,
  args: string[],
  cwd = REPO_ROOT,
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--conditions=@maxtoken/source", "--import", TSX, script, ...args], {
    cwd,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the generator CLI (as `pnpm generate` does) with extra arguments. */
export function runCli(args: string[], cwd = REPO_ROOT): { status: number | null; stdout: string; stderr: string } {
  return runScript(CLI, args, cwd);
}

/** Adds an optional `name` property to the schema file `file` (YAML) of a copied spec. */
export function addProperty(file: string, name: string, schema: Record<string, unknown>): void {
  const document = parseDocument(readFileSync(file, "utf8"));
  document.setIn(["properties", name], document.createNode(schema));
  writeFileSync(file, document.toString());
}
