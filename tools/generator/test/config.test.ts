// The generator config: `showWarnings: false` keeps one spec's warnings out of the command's
// output (our shapes fixture has its caveats on purpose), and every other spec still warns.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, expect, it, vi } from "vitest";
import { loadConfig } from "../src/config.ts";
import { generate } from "../src/generate.ts";
import { FIXTURES } from "./support/paths.ts";
import { scratchDir } from "./support/scratch.ts";

const shapes = FIXTURES.find((fixture) => fixture.name === "shapes")!;
afterEach(() => vi.restoreAllMocks());

function configFile(dir: string, showWarnings: boolean | undefined): string {
  const file = join(dir, "generator.config.json");
  const entry = {
    spec: shapes.spec,
    outputs: ["out/generated"],
    ...(showWarnings === undefined ? {} : { showWarnings }),
  };
  writeFileSync(file, JSON.stringify({ root: ".", specs: [entry] }));
  return file;
}

it("prints a spec's warnings by default, and none with showWarnings: false", { timeout: 120_000 }, async () => {
  const dir = scratchDir("config-warnings");
  const printed: string[] = [];
  vi.spyOn(console, "warn").mockImplementation((line: string) => void printed.push(line));

  const loud = loadConfig(configFile(dir, undefined));
  expect(loud.specs[0]!.showWarnings).toBe(true);
  await generate(loud);
  expect(printed.join("\n")).toContain("status 409 has no error class of its own");

  printed.length = 0;
  const quiet = loadConfig(configFile(dir, false));
  expect(quiet.specs[0]!.showWarnings).toBe(false);
  const result = await generate(quiet);
  expect(printed).toEqual([]);
  expect(result.fileCount).toBeGreaterThan(10);
});
