// The package as npm users get it: publint, and attw for ESM consumers (the browser package is
// ESM only: bundlers and <script type="module">).
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { describe, expect, test } from "vitest";
import packageJson from "../package.json" with { type: "json" };

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));

describe("packaging", () => {
  test("publint reports nothing (strict)", async () => {
    const { messages, pkg } = await publint({ pkgDir: packageDir, strict: true, level: "suggestion", pack: "pnpm" });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  test("attw --pack --profile esm-only finds no problem", async () => {
    const attw = fileURLToPath(new URL("../node_modules/.bin/attw", import.meta.url));
    const result = await run(attw, ["--pack", ".", "--profile", "esm-only", "--format", "table-flipped"], {
      cwd: packageDir,
    }).catch((error: { stdout: string; stderr: string; code: number }) => error);
    const output = result.stderr + result.stdout;
    // attw exits non-zero on any problem outside the ignored (CommonJS) resolutions.
    expect("code" in result ? result.code : 0, output).toBe(0);
    expect(output).toMatch(/ignoring resolutions: 'node10', 'node16-cjs'/);
    for (const row of output.split("\n").filter((line) => line.includes('"@maxtoken/browser'))) {
      expect(row.split("(ignored)")[0], row).not.toMatch(/💀|❌|⚠️|🐛|🥴|❗️|🚭|👺/u);
    }
  });

  test("package.json: sideEffects false, no dependency but core, the bundle exported", () => {
    expect(packageJson.sideEffects).toBe(false);
    expect(Object.keys(packageJson.dependencies)).toEqual(["@maxtoken/core"]);
    expect(packageJson.exports["./bundle"].default).toBe("./dist/maxtoken.browser.js");
  });
});
