// The conformance suite in the real Bun binary (npm package `bun`, the version in the lockfile),
// against the built package. One `bun test` run; each of its cases is one test here, so the
// closing count includes them. Bun missing is a failure.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { conformanceCases } from "@maxtoken/conformance";
import {
  type JUnitCase,
  type ProcessResult,
  parseJUnit,
  type RunningMock,
  runProcess,
  startMock,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const bun = fileURLToPath(new URL("../node_modules/.bin/bun", import.meta.url));

let mock: RunningMock;
let workDir: string;
let bunRun: Promise<{ run: ProcessResult; cases: JUnitCase[] }>;

beforeAll(async () => {
  [mock, workDir] = await Promise.all([startMock(), mkdtemp(join(tmpdir(), "maxtoken-bun-"))]);
  const report = join(workDir, "junit.xml");
  bunRun = runProcess(
    bun,
    [
      "test",
      "--timeout",
      "20000",
      "--reporter=junit",
      `--reporter-outfile=${report}`,
      "./test/bun/conformance.test.ts",
    ],
    { cwd: packageDir, env: { MAXTOKEN_CONFORMANCE_BASE_URL: mock.baseURL }, timeoutMs: 180_000 },
  ).then(async (run) => ({ run, cases: parseJUnit(await readFile(report, "utf8").catch(() => "")) }));
  bunRun.catch(() => {}); // awaited by every test, which fail with the error
});
afterAll(async () => {
  await bunRun?.catch(() => {});
  await Promise.allSettled([mock?.close(), workDir && rm(workDir, { recursive: true, force: true })]);
});

describe("conformance (bun)", () => {
  test("bun test ran every case of the suite and passed", async () => {
    const { run, cases } = await bunRun;
    expect(cases.map((bunCase) => bunCase.name)).toEqual(conformanceCases.map(({ name }) => name));
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 180_000);

  for (const { name } of conformanceCases) {
    test(name, async () => {
      const { cases } = await bunRun;
      const bunCase = cases.find((candidate) => candidate.name === name);
      expect(bunCase, `bun test reported no case named ${name}`).toBeDefined();
      expect(bunCase!.failure).toBeNull();
    }, 180_000);
  }
});
