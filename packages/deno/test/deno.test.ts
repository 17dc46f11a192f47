// Drives the real Deno binary: the conformance suite, and how the package reads its environment.
// The mock server runs here in Node on 127.0.0.1; Deno gets its URL as an argument.

import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { conformanceCases, shapeCases } from "@maxtoken/conformance";
import {
  type JUnitCase,
  parseJUnit,
  type RunningMock,
  startMock,
  startShapesMock,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type DenoRun, runDeno } from "./run-deno.ts";

let mock: RunningMock;
let shapesMock: RunningMock;
beforeAll(async () => {
  [mock, shapesMock] = await Promise.all([startMock(), startShapesMock()]);
});
afterAll(() => Promise.all([mock?.close(), shapesMock?.close()]));

const config = ["--config", "deno.test.json"];

// One `deno test` run of the suite and of the shapes cases (the shapes fixture's generated client:
// multipart uploads, binary and text answers); each case is one test here (the closing count
// includes them), read from its JUnit report.
let workDir: string;
let suiteRun: Promise<{ run: DenoRun; cases: JUnitCase[] }>;
beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "maxtoken-deno-"));
  const report = join(workDir, "junit.xml");
  suiteRun = runDeno([
    "test",
    ...config,
    "--allow-net=127.0.0.1",
    "--no-prompt",
    "--reporter=junit",
    `--junit-path=${report}`,
    "test/deno/conformance_test.ts",
    "test/deno/shapes_test.ts",
    "--",
    mock.baseURL,
    shapesMock.baseURL,
  ]).then(async (run) => ({ run, cases: parseJUnit(await readFile(report, "utf8").catch(() => "")) }));
  suiteRun.catch(() => {}); // awaited by every test, which fail with the error
});
afterAll(async () => {
  await suiteRun?.catch(() => {});
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

const allCases = [...conformanceCases, ...shapeCases];

describe("conformance (deno)", () => {
  test("deno test ran every case of the suite and of the shapes cases, and passed", async () => {
    const { run, cases } = await suiteRun;
    expect(cases.map((denoCase) => denoCase.name)).toEqual(allCases.map(({ name }) => name));
    expect(run.code, run.output).toBe(0);
  }, 180_000);

  for (const { name } of allCases) {
    test(name, async () => {
      const { cases } = await suiteRun;
      const denoCase = cases.find((candidate) => candidate.name === name);
      expect(denoCase, `deno test reported no case named ${name}`).toBeDefined();
      expect(denoCase!.failure).toBeNull();
    }, 180_000);
  }
});

const ENV = { MAXTOKEN_API_KEY: "sk-from-deno-env", MAXTOKEN_BASE_URL: "http://127.0.0.1:9/v1" };

test("without --allow-env the key is not read and nothing prompts (deno run in a terminal)", async () => {
  const run = await runDeno(
    ["run", ...config, "--allow-net=127.0.0.1", "test/deno/env_check.ts", mock.baseURL, "denied"],
    { env: ENV, tty: true, timeoutMs: 30_000 },
  );
  if (run.code !== 0) console.error(run.output);
  expect(run.output).not.toMatch(/requests env access|Allow\?/);
  expect(run.code).toBe(0);
  expect(run.output).toMatch(/^ok 6\s*$/m);
}, 90_000);

test("with --allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL the key comes from the environment", async () => {
  const run = await runDeno(
    [
      "run",
      ...config,
      "--allow-net=127.0.0.1",
      "--allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL",
      "--no-prompt",
      "test/deno/env_check.ts",
      mock.baseURL,
      "granted",
    ],
    { env: ENV },
  );
  if (run.code !== 0) console.error(run.output);
  expect(run.code).toBe(0);
  expect(run.output).toMatch(/^ok 5\s*$/m);
}, 90_000);
