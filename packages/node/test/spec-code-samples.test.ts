// The spec's `x-codeSamples` (shown beside the operation in the HTTP reference) run as written
// against the mock server on 127.0.0.1: the curl samples with the real curl binary, the
// TypeScript samples with Node and this package's sources. Only the server URL is swapped.

import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { loadMockSpec } from "@maxtoken/mock-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const run = promisify(execFile);
const PACKAGE_ROOT = fileURLToPath(new URL("..", import.meta.url));
const API_KEY = "sk-code-sample-not-a-real-key";

interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

let mock: RunningMock;
let samples: CodeSample[];
let serverURL: string;
beforeAll(async () => {
  mock = await startMock();
  const spec = await loadMockSpec();
  serverURL = spec.servers![0]!.url;
  const operation = spec.paths["/chat/completions"]!.post as { "x-codeSamples": CodeSample[] };
  samples = operation["x-codeSamples"];
});
afterAll(() => mock?.close());

const sample = (label: string): CodeSample => {
  const found = samples.find((candidate) => candidate.label === label);
  if (found === undefined) throw new Error(`no code sample labelled ${label}`);
  return found;
};

/** The `data:` payloads of an event stream, in order. */
const dataLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.startsWith("data: "))
    .map((line) => line.slice("data: ".length));

async function runCurl(label: string): Promise<string> {
  const { source } = sample(label);
  expect(source).toContain(`${serverURL}/chat/completions`);
  const { stdout } = await run("bash", ["-c", source.replaceAll(serverURL, mock.baseURL)], {
    env: { PATH: process.env.PATH, MAXTOKEN_API_KEY: API_KEY },
    timeout: 20_000,
  });
  return stdout;
}

async function runTypeScript(label: string): Promise<string> {
  // Inside this package's folder, `import "@maxtoken/node"` resolves to the package itself
  // (Node's self-reference through `exports`), here its sources through the source condition.
  const folder = await mkdtemp(join(PACKAGE_ROOT, ".code-sample-"));
  try {
    const file = join(folder, "sample.mts");
    await writeFile(file, sample(label).source);
    const { stdout } = await run(process.execPath, ["--conditions=@maxtoken/source", "--import", "tsx", file], {
      cwd: PACKAGE_ROOT,
      env: { PATH: process.env.PATH, MAXTOKEN_API_KEY: API_KEY, MAXTOKEN_BASE_URL: mock.baseURL },
      timeout: 30_000,
    });
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe("the spec's code samples", () => {
  test("are the ones this suite runs", () => {
    expect(samples.map(({ label }) => label)).toEqual([
      "curl",
      "curl (stream)",
      "TypeScript (Node)",
      "TypeScript (Node, stream)",
    ]);
  });

  test("curl: prints one chat.completion", async () => {
    const completion = JSON.parse(await runCurl("curl"));
    expect(completion).toMatchObject({ object: "chat.completion", model: "claude-opus-4-6" });
    expect(completion.choices[0].message.content).toMatch(/\S/);
  });

  test("curl (stream): prints chunk events ended by data: [DONE]", async () => {
    const payloads = dataLines(await runCurl("curl (stream)"));
    expect(payloads.at(-1)).toBe("[DONE]");
    const chunks = payloads.slice(0, -1).map((payload) => JSON.parse(payload));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.object).toBe("chat.completion.chunk");
    expect(chunks.at(-1).choices[0].finish_reason).toBe("stop");
  });

  test("TypeScript (Node): prints the same answer as curl", async () => {
    const printed = await runTypeScript("TypeScript (Node)");
    const completion = JSON.parse(await runCurl("curl"));
    expect(printed).toBe(`${completion.choices[0].message.content}\n`);
  }, 60_000);

  test("TypeScript (Node, stream): prints the streamed text, the text curl streams", async () => {
    const printed = await runTypeScript("TypeScript (Node, stream)");
    const streamed = dataLines(await runCurl("curl (stream)"))
      .slice(0, -1)
      .map((payload) => JSON.parse(payload).choices[0]?.delta.content ?? "")
      .join("");
    expect(printed).toMatch(/\S/);
    expect(printed).toBe(streamed);
  }, 60_000);
});
