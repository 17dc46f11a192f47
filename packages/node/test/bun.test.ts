// The conformance suite in the real Bun binary (npm package `bun`). Bun missing is a failure.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { conformanceCases } from "@maxtoken/conformance";
import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, expect, test } from "vitest";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const bun = fileURLToPath(new URL("../node_modules/.bin/bun", import.meta.url));

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());

test("the conformance suite passes under Bun, every case run", async () => {
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = execFile(
      bun,
      ["test", "--timeout", "20000", "./test/bun/conformance.test.ts"],
      {
        cwd: packageDir,
        env: { ...process.env, MAXTOKEN_CONFORMANCE_BASE_URL: mock.baseURL, NO_COLOR: "1" },
        maxBuffer: 10 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: child.exitCode, output: stdout + stderr });
      },
    );
  });
  if (code !== 0) console.error(output);
  expect(code).toBe(0);
  const passed = Number(/^\s*(\d+) pass/m.exec(output)?.[1]);
  const failed = Number(/^\s*(\d+) fail/m.exec(output)?.[1]);
  expect({ passed, failed }).toEqual({ passed: conformanceCases.length, failed: 0 });
}, 180_000);
