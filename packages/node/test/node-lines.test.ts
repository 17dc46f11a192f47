// The conformance suite against the BUILT package (ESM and CommonJS builds) on every Node line:
// the toolchain's Node and the binaries of @maxtoken/node-lines (22, 24, 26). One process per
// line, all lines at once (test/node-lines/run-suite.mjs); each case on each line and build is
// one test here, so the closing count includes them.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { conformanceCases } from "@maxtoken/conformance";
import {
  bundleSuite,
  type NodeLine,
  nodeLines,
  type RunningMock,
  runProcess,
  startMock,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const runner = fileURLToPath(new URL("node-lines/run-suite.mjs", import.meta.url));
const formats = ["esm", "cjs"] as const;

interface LineRun {
  version: string;
  entries: Record<(typeof formats)[number], string>;
  failures: Record<(typeof formats)[number], Record<string, string | null>>;
}

const lines = nodeLines();
const runs = new Map<NodeLine, Promise<LineRun>>();
let mock: RunningMock;
let workDir: string;

async function runLine(line: NodeLine, suitePath: string): Promise<LineRun> {
  const resultsPath = join(workDir, `results-${line.major}.json`);
  const run = await runProcess(line.path, [runner, suitePath, mock.baseURL, resultsPath], { cwd: packageDir });
  if (run.code !== 0) throw new Error(`node ${line.version} exited with ${run.code}:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(await readFile(resultsPath, "utf8")) as LineRun;
}

beforeAll(async () => {
  [mock, workDir] = await Promise.all([startMock(), mkdtemp(join(tmpdir(), "maxtoken-node-lines-"))]);
  const suitePath = join(workDir, "suite.mjs");
  await writeFile(suitePath, await bundleSuite());
  for (const line of lines) {
    const run = runLine(line, suitePath);
    run.catch(() => {}); // awaited by every test of the line, which fail with the error
    runs.set(line, run);
  }
}, 60_000);
afterAll(async () => {
  await Promise.allSettled(runs.values());
  await Promise.allSettled([mock?.close(), workDir && rm(workDir, { recursive: true, force: true })]);
});

test("the Node lines are 20, 22, 24 and 26", () => {
  expect(lines.map((line) => line.major)).toEqual([20, 22, 24, 26]);
});

describe.each(lines.map((line) => [line.version, line] as const))("node %s, built package", (_version, line) => {
  test("the line's own binary ran the suite through the ESM and the CommonJS build", async () => {
    const run = await runs.get(line)!;
    expect(run.version).toBe(line.version);
    expect(run.entries.esm).toMatch(/\/packages\/node\/dist\/index\.js$/);
    expect(run.entries.cjs).toMatch(/\/packages\/node\/dist\/index\.cjs$/);
    for (const format of formats) {
      expect(Object.keys(run.failures[format])).toEqual(
        conformanceCases.map((conformanceCase) => conformanceCase.name),
      );
    }
  }, 120_000);

  for (const format of formats) {
    for (const { name } of conformanceCases) {
      test(`${format}: ${name}`, async () => {
        const run = await runs.get(line)!;
        expect(run.failures[format][name]).toBeNull();
      }, 120_000);
    }
  }
});
