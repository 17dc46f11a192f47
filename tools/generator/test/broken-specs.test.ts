// Broken specs: a clear message naming the file, the JSON pointer and the fix; a non-zero exit;
// nothing written (or half-written) into the output folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, renderSpec, SpecError } from "../src/generate.ts";
import { writeOutputs } from "../src/write-output.ts";
import { FIXTURES_DIR } from "./support/paths.ts";
import { runCli, scratchDir } from "./support/scratch.ts";

const broken = (name: string) => join(FIXTURES_DIR, "broken", name, "openapi.yaml");
/** How messages show a fixture file: relative to the working directory. */
const shown = (name: string, file: string) => displayPath(join(FIXTURES_DIR, "broken", name, file));

describe.each([
  {
    name: "missing-operation-id",
    at: `${shown("missing-operation-id", "paths/models.yaml")}#/get/operationId`,
    message: "Operation object should contain `operationId` field.",
    fix: "fix: add an `operationId`",
  },
  {
    name: "unresolvable-ref",
    at: `${shown("unresolvable-ref", "paths/models.yaml")}#/get/responses/200/content/application~1json/schema`,
    message: "Can't resolve $ref",
    fix: "fix: correct the `$ref`",
  },
  {
    name: "duplicate-method",
    at: `${shown("duplicate-method", "openapi.yaml")}#/paths/~1models~1all/get`,
    message:
      "`GET /models/all` maps to the method `client.models.list`, which `GET /models` (/paths/~1models/get) maps to as well.",
    fix: "fix: set `x-sdk-method: <namespace>.<method>` on one of the two operations",
  },
  {
    name: "stream-without-flag",
    at: `${shown("stream-without-flag", "openapi.yaml")}#/paths/~1completions/post`,
    message:
      "answers with `text/event-stream` (/paths/~1completions/post/responses/200/content/text~1event-stream) but has no `x-stream-flag`.",
    fix: "fix: add `x-stream-flag: <field>` to the operation",
  },
  {
    name: "bad-stream-flag",
    at: `${shown("bad-stream-flag", "openapi.yaml")}#/paths/~1completions/post/x-stream-flag`,
    message: "`x-stream-flag: streaming` must name a boolean property of the JSON request body",
    fix: "fix: add `streaming: { type: boolean }`",
  },
])("the $name spec", ({ name, at, message, fix }) => {
  it("is refused with a message naming the file, the pointer and the fix", async () => {
    const error = await renderSpec(broken(name), "broken").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SpecError);
    const text = (error as SpecError).message;
    expect(text).toMatch(/^The spec has 1 problem; nothing was generated\./);
    expect(text).toContain(`  ${at}\n`);
    expect(text).toContain(message);
    expect(text).toContain(fix);
  });
});

describe("the CLI on a broken spec", () => {
  it("exits non-zero, prints the problem and leaves the output folders as they were", () => {
    const dir = scratchDir("broken-cli");
    const outputs = ["a/generated", "b/generated"].map((folder) => join(dir, folder));
    for (const output of outputs) {
      mkdirSync(output, { recursive: true });
      writeFileSync(join(output, "types.gen.ts"), "// the previous generation\n");
    }
    const config = join(dir, "generator.config.json");
    writeFileSync(
      config,
      JSON.stringify({
        root: dir,
        specs: [{ spec: broken("stream-without-flag"), outputs: ["a/generated", "b/generated"] }],
      }),
    );

    const result = runCli(["--config", config]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("has no `x-stream-flag`");
    expect(result.stdout).toBe("");
    for (const output of outputs) {
      expect(readdirSync(output)).toEqual(["types.gen.ts"]);
      expect(readFileSync(join(output, "types.gen.ts"), "utf8")).toBe("// the previous generation\n");
    }
    expect(readdirSync(join(dir, "a"))).toEqual(["generated"]);
  });
});

describe("writeOutputs", () => {
  it("writes all folders or none: a failure while staging leaves every folder as it was", () => {
    const dir = scratchDir("write-outputs");
    const good = join(dir, "good/generated");
    mkdirSync(good, { recursive: true });
    writeFileSync(join(good, "old.gen.ts"), "old\n");
    writeFileSync(join(dir, "not-a-folder"), "a file where a folder should be\n");
    const files = new Map([["new.gen.ts", "new\n"]]);

    expect(() =>
      writeOutputs([
        { folder: good, files },
        { folder: join(dir, "not-a-folder/generated"), files },
      ]),
    ).toThrow();
    expect(readdirSync(good)).toEqual(["old.gen.ts"]);
    expect(readdirSync(join(dir, "good"))).toEqual(["generated"]);
  });

  it("swaps a folder to exactly the new files, and leaves an identical folder alone", () => {
    const dir = scratchDir("write-outputs-swap");
    const folder = join(dir, "generated");
    mkdirSync(join(folder, "stale"), { recursive: true });
    writeFileSync(join(folder, "stale/removed.gen.ts"), "gone\n");
    const files = new Map([
      ["a.gen.ts", "a\n"],
      ["resources/b.gen.ts", "b\n"],
    ]);
    expect(writeOutputs([{ folder, files }])).toEqual([folder]);
    expect(existsSync(join(folder, "stale"))).toBe(false);
    expect(readFileSync(join(folder, "resources/b.gen.ts"), "utf8")).toBe("b\n");
    expect(writeOutputs([{ folder, files }])).toEqual([]);
    expect(readdirSync(dir)).toEqual(["generated"]);
  });
});
