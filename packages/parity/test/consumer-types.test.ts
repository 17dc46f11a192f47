// Types as an application gets them: a consumer file (fixtures/consumer/consumer.mts, full of
// `@ts-expect-error` lines: typos in a body, a message and a tool; honest stream results) is
// typechecked against each npm package's build, as a user's project resolves it, under `strict`
// with `skipLibCheck: false`, for node16, nodenext and bundler resolution (TypeScript 6 removed
// node10). The builds come from the `build` tasks this package's tests depend on.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const here = fileURLToPath(new URL(".", import.meta.url));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const consumer = readFileSync(join(here, "fixtures/consumer/consumer.mts"), "utf8");

const resolutions = [
  { module: "node16", moduleResolution: "node16" },
  { module: "nodenext", moduleResolution: "nodenext" },
  { module: "esnext", moduleResolution: "bundler" },
] as const;

describe.each(["node", "browser"])("@maxtoken/%s, as an application's dependency", (name) => {
  test.each(resolutions)(
    "typechecks the consumer file under $moduleResolution resolution (strict, skipLibCheck false)",
    { timeout: 120_000 },
    ({ module, moduleResolution }) => {
      // Inside this package, so that `@maxtoken/<name>` resolves through its node_modules link to
      // the package folder, and from there through package.json `exports` to dist/ (no workspace
      // condition: tsc sees what npm users see).
      const dir = join(here, ".scratch", `consumer-${name}-${moduleResolution}`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "consumer.mts"), consumer.replace('from "@maxtoken/node"', `from "@maxtoken/${name}"`));
      writeFileSync(
        join(dir, "tsconfig.json"),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            skipLibCheck: false,
            noEmit: true,
            target: "es2022",
            lib: ["es2022", "dom", "dom.iterable"],
            types: [],
            module,
            moduleResolution,
          },
          files: ["consumer.mts"],
        }),
      );
      const result = spawnSync(process.execPath, [tsc, "-p", dir, "--listFiles"], { encoding: "utf8" });
      const output = `${result.stdout}${result.stderr}`;
      const errors = output.split("\n").filter((line) => line.includes("error TS"));
      expect(errors).toEqual([]);
      expect(result.status).toBe(0);
      // The package's declarations were what tsc read (not its sources).
      const files = output.split("\n").map((line) => line.replaceAll("\\", "/"));
      expect(files.some((file) => new RegExp(`/${name}/dist/index\\.d\\.ts$`).test(file))).toBe(true);
      expect(files.some((file) => /\/core\/dist\/internal\.d\.ts$/.test(file))).toBe(true);
      expect(files.some((file) => /\/src\/generated\//.test(file))).toBe(false);
    },
  );
});
