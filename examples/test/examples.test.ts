// Runs every example as a user would: the Node script and the main job with plain `node`
// (against the built packages), the Deno script in the real Deno binary, and the page in
// headless Chromium, each against the mock server on 127.0.0.1.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launchChromium, type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const examplesDir = here("..");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** How many separate writes reached stdout. */
  writes: number;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: examplesDir,
      env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const result: Run = { code: null, stdout: "", stderr: "", writes: 0 };
    child.stdout.on("data", (data: Buffer) => {
      result.stdout += data;
      result.writes++;
    });
    child.stderr.on("data", (data: Buffer) => (result.stderr += data));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ ...result, code });
    });
  });
}

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());

const mockEnv = () => ({ MAXTOKEN_BASE_URL: mock.baseURL, MAXTOKEN_API_KEY: "mock-key" });

describe("examples", () => {
  test("node/stream-chat.mjs prints the streamed answer", async () => {
    const result = await run(process.execPath, ["node/stream-chat.mjs", "Hello from Node"], mockEnv());
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("You said: Hello from Node\n");
  });

  test("node/main-job.mjs (the README's main job) starts the mock, streams token by token, stops it", async () => {
    const result = await run(process.execPath, ["node/main-job.mjs"], { MAXTOKEN_API_KEY: "", MAXTOKEN_BASE_URL: "" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const [banner, ...rest] = result.stdout.split("\n");
    expect(banner).toMatch(/^mock server: http:\/\/127\.0\.0\.1:\d+\/v1 /);
    expect(rest.join("\n")).toMatch(/\S+ \S+ \S+[\s\S]*\nmock server stopped\n$/);
    // Tokens arrive one write at a time, not as one block at the end.
    expect(result.writes).toBeGreaterThan(5);
  });

  test("deno/stream-chat.ts prints the streamed answer (real Deno binary)", async () => {
    const deno = here("../node_modules/.bin/deno");
    const result = await run(
      deno,
      [
        "run",
        "--config",
        "../packages/deno/deno.test.json",
        "--allow-net=127.0.0.1",
        "--allow-env=MAXTOKEN_API_KEY,MAXTOKEN_BASE_URL",
        "--no-prompt",
        "deno/stream-chat.ts",
        "Hello from Deno",
      ],
      mockEnv(),
    );
    expect(result.stderr.replace(/^(Download|Check).*\n/gm, "")).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("You said: Hello from Deno\n");
  });

  test("proxy/server.mjs serves browser/index.html, which streams through createProxy in headless Chromium", async () => {
    const key = "sk-only-on-the-server-91c2";
    const server = spawn("node", ["proxy/server.mjs"], {
      cwd: examplesDir,
      env: { ...process.env, PORT: "0", MAXTOKEN_API_KEY: key, MAXTOKEN_BASE_URL: mock.baseURL },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    server.stdout.on("data", (data: Buffer) => (output += data));
    server.stderr.on("data", (data: Buffer) => (output += data));
    const listening = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not start:\n${output}`)), 30_000);
      server.stdout.on("data", () => {
        const match = /listening (\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
    });
    const browser = await launchChromium();
    try {
      const url = await listening;
      const answers: string[] = [];
      browser.page.on("response", async (response) => {
        answers.push(JSON.stringify(await response.allHeaders()), await response.text().catch(() => ""));
      });
      await browser.page.goto(url);
      await browser.page.waitForSelector("body[data-state=done], body[data-state=failed]", { timeout: 15_000 });
      expect(await browser.page.getAttribute("body", "data-state"), browser.log.join("\n")).toBe("done");
      expect(await browser.page.textContent("#answer")).toBe(
        "You said: Tell me, in one sentence, what a streamed completion is.",
      );
      expect(output).toMatch(/maxtoken proxy: POST \/api\/v1\/chat\/completions 200 caller=[\w-]+/);
      expect([output, ...answers].filter((text) => text.includes(key))).toEqual([]);
    } finally {
      server.kill();
      await browser.close();
    }
  });
});
