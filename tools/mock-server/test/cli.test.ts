import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLI_FLAGS, HELP_TEXT, parseCliArgs } from "../src/cli-options.ts";
import { FAULT_KEYWORDS } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { spawnCli } from "./helpers/spawn-cli.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("parseCliArgs", () => {
  it("defaults to 127.0.0.1:4010", () => {
    expect(parseCliArgs([])).toEqual({ kind: "serve", quiet: false, options: { port: 4010, host: "127.0.0.1" } });
  });

  it("reads every server flag", () => {
    const command = parseCliArgs([
      "--port",
      "0",
      "--host",
      "::1",
      "--api-key",
      "sk-x",
      "--fault",
      "status=503;fail-first=1",
      "--no-auth",
      "--no-fault-header",
      "--latency",
      "5",
      "--chunk-delay",
      "7",
      "--seed",
      "3",
      "--quiet",
    ]);
    expect(command).toEqual({
      kind: "serve",
      quiet: true,
      options: {
        port: 0,
        host: "::1",
        apiKey: "sk-x",
        requireAuth: false,
        faults: "status=503;fail-first=1",
        faultHeader: false,
        latencyMs: 5,
        chunkDelayMs: 7,
        seed: 3,
      },
    });
  });

  it("reads --spec as the file to serve, and refuses an empty one", () => {
    const command = parseCliArgs(["--spec", "api/openapi.yaml"]);
    expect(command).toEqual({
      kind: "serve",
      quiet: false,
      options: { port: 4010, host: "127.0.0.1", spec: "api/openapi.yaml" },
    });
    expect(parseCliArgs(["--spec", " "])).toEqual({
      kind: "error",
      message: "--spec needs the path of an OpenAPI file",
    });
  });

  it("skips the -- that `pnpm mock -- --port 1` passes through", () => {
    expect(parseCliArgs(["--", "--port", "1"])).toMatchObject({ kind: "serve", options: { port: 1 } });
  });

  it.each([
    [["--help"], "help"],
    [["-h"], "help"],
    [["--version"], "version"],
  ])("%j -> %s", (args, kind) => {
    expect(parseCliArgs(args).kind).toBe(kind);
  });

  it.each([
    [["--bogus"], /bogus/],
    [["--port", "http"], /--port expects a non-negative integer/],
    [["--port", "70000"], /at most 65535/],
    [["--latency", "-5"], /latency/],
    [["--fault", "explode"], /unknown flag/],
    [["--api-key", ""], /must not be empty/],
    [["extra"], /positional|Unexpected argument/],
  ])("%j -> an error", (args, message) => {
    const command = parseCliArgs(args);
    expect(command.kind).toBe("error");
    expect((command as { message: string }).message).toMatch(message);
  });
});

describe("the documentation of the flags and faults", () => {
  it("--help and the README document every flag", () => {
    for (const flag of Object.keys(CLI_FLAGS)) {
      expect(HELP_TEXT).toContain(`--${flag}`);
      expect(readme).toContain(`--${flag}`);
    }
  });

  it("--help and the README document every fault keyword", () => {
    for (const keyword of FAULT_KEYWORDS) {
      expect(HELP_TEXT).toContain(keyword.replace(/=$/, ""));
      expect(readme).toContain(`\`${keyword}`);
    }
  });
});

describe("the command", () => {
  it("starts from the sources, prints its URL, logs requests, and stops on SIGTERM", async () => {
    const conformance = await loadConformance();
    const cli = await spawnCli(
      tsx,
      ["--conditions=@maxtoken/source", "src/cli.ts", "--port", "0", "--api-key", "sk-cli"],
      { cwd: packageDir },
    );
    try {
      expect(cli.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
      const origin = cli.url.replace(/\/v1$/, "");
      const result = await send(origin, { body: chatBody(), apiKey: "sk-cli" });
      expect(result.status).toBe(200);
      conformance.expectConformingResponse(result);
      expect((await send(origin, { body: chatBody(), apiKey: "sk-other" })).status).toBe(401);
      await expect.poll(() => cli.output()).toMatch(/POST \/v1\/chat\/completions 401 req_\w+ \d+ms/);
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });
});
