// A new schema and a new operation in the spec become public in all three runtime packages through
// `generate` alone: the copies of the packages below get nothing but their package.json and their
// hand-written runtime.ts, and their users import the new type and call the new method from each
// package's public entry (the one its package.json exports), typed (tsc, deno check) and over HTTP
// to a server on 127.0.0.1 (Node for node and browser, the real Deno binary for deno).
import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { REPO_ROOT } from "./support/paths.ts";
import { copyOurSpec, runCli, scratchDir, typecheck } from "./support/scratch.ts";

const packages = ["node", "deno", "browser"] as const;
const DENO = join(REPO_ROOT, "packages/deno/node_modules/.bin/deno");
let dir: string;
let server: Server;
let baseURL: string;
const received: unknown[] = [];

/** The entry a package's users import: its package.json `exports["."]` in the workspace. */
function entryOf(name: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, name, "package.json"), "utf8"));
  return join(dir, name, manifest.exports["."]["@maxtoken/source"]);
}

const yaml = (file: string, text: string) => writeFileSync(join(dir, "openapi", file), text);

beforeAll(async () => {
  dir = scratchDir("new-operation");
  const spec = copyOurSpec(join(dir, "openapi"));
  yaml(
    "components/schemas/ModerationCreateParams.yaml",
    [
      "type: object",
      "description: What to check against the content policy.",
      "required: [input]",
      "additionalProperties: true",
      "properties:",
      "  input:",
      "    type: string",
      "    minLength: 1",
      "    description: The text to check.",
      "",
    ].join("\n"),
  );
  yaml(
    "components/schemas/Moderation.yaml",
    [
      "type: object",
      "description: The verdict on one input.",
      "required: [id, flagged]",
      "properties:",
      "  id:",
      "    type: string",
      "  flagged:",
      "    type: boolean",
      "    description: Whether the input breaks the content policy.",
      "",
    ].join("\n"),
  );
  yaml(
    "paths/moderations.yaml",
    [
      "post:",
      "  operationId: createModeration",
      "  summary: Check a text against the content policy",
      "  tags: [Chat]",
      "  requestBody:",
      "    required: true",
      "    content:",
      "      application/json:",
      "        schema:",
      "          $ref: ../components/schemas/ModerationCreateParams.yaml",
      "  responses:",
      '    "200":',
      "      description: The verdict.",
      "      content:",
      "        application/json:",
      "          schema:",
      "            $ref: ../components/schemas/Moderation.yaml",
      '    "400":',
      "      $ref: ../components/responses/BadRequest.yaml",
      "",
    ].join("\n"),
  );
  const document = parseDocument(readFileSync(spec, "utf8"));
  document.setIn(["paths", "/moderations"], document.createNode({ $ref: "paths/moderations.yaml" }));
  writeFileSync(spec, document.toString());

  // Each runtime package as it is by hand: its manifest and its runtime adapter, nothing else.
  for (const name of packages) {
    mkdirSync(join(dir, name, "src"), { recursive: true });
    copyFileSync(join(REPO_ROOT, "packages", name, "package.json"), join(dir, name, "package.json"));
    copyFileSync(join(REPO_ROOT, "packages", name, "src/runtime.ts"), join(dir, name, "src/runtime.ts"));
  }
  const outputs = packages.map((name) => `${name}/src/generated`);
  writeFileSync(
    join(dir, "generator.config.json"),
    JSON.stringify({ root: ".", specs: [{ spec: "openapi/openapi.yaml", outputs }] }),
  );
  const result = runCli(["--config", join(dir, "generator.config.json")]);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);

  server = createServer((request, response) => {
    let text = "";
    request.on("data", (chunk: Buffer) => (text += chunk));
    request.on("end", () => {
      received.push({ method: request.method, url: request.url, body: JSON.parse(text) });
      response.writeHead(200, { "content-type": "application/json", "x-request-id": "req_1" });
      response.end(JSON.stringify({ id: "modr_1", flagged: false }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("no address");
  baseURL = `http://127.0.0.1:${address.port}/v1`;
}, 180_000);

afterAll(() => {
  server?.closeAllConnections();
  return new Promise<void>((resolve) => server?.close(() => resolve()));
});

/** What a user of the package writes: the new type, imported from the package entry, and the new method. */
const usage = (from: string, entry: string, url: string) =>
  [
    `import { Maxtoken, type Moderation, type ModerationCreateParams } from ${JSON.stringify(`./${relative(from, entry)}`)};`,
    "",
    `const client = new Maxtoken({ apiKey: "sk-test", baseURL: ${JSON.stringify(url)}, dangerouslyAllowBrowser: true });`,
    'const params: ModerationCreateParams = { input: "Is this fine?" };',
    "const verdict: Moderation = await client.moderations.create(params);",
    "// @ts-expect-error the new request type is closed like every other",
    'const typo: ModerationCreateParams = { input: "x", inptu: "y" };',
    "console.log(JSON.stringify(verdict), typo === params);",
    "",
  ].join("\n");

describe.each(["node", "browser"] as const)("@maxtoken/%s after one generate", (name) => {
  it("exports the new type and the new method from its entry, typed", { timeout: 180_000 }, () => {
    const project = join(dir, `${name}-user`);
    mkdirSync(project, { recursive: true });
    writeFileSync(join(project, "usage.ts"), usage(project, entryOf(name), baseURL));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        extends: join(REPO_ROOT, "tsconfig.base.json"),
        compilerOptions: { noEmit: true, types: [], skipLibCheck: false },
        include: ["usage.ts"],
      }),
    );
    const { status, output } = typecheck(project);
    expect(output).toBe("");
    expect(status).toBe(0);
  });

  it("calls the new method over HTTP", async () => {
    const sdk = await import(pathToFileURL(entryOf(name)).href);
    const client = new sdk.Maxtoken({ apiKey: "sk-test", baseURL, dangerouslyAllowBrowser: true });
    received.length = 0;
    expect(await client.moderations.create({ input: "Is this fine?" })).toEqual({ id: "modr_1", flagged: false });
    expect(received).toEqual([{ method: "POST", url: "/v1/moderations", body: { input: "Is this fine?" } }]);
    // The spec's constraint reached the request checker.
    await expect(client.moderations.create({ input: "" })).rejects.toBeInstanceOf(sdk.ValidationError);
  });
});

describe("@maxtoken/deno after one generate", () => {
  it("exports the new type and the new method from its entry: deno run --check calls it", {
    timeout: 180_000,
  }, async () => {
    const config = join(dir, "deno", "deno.test.json");
    const workspaceMap = JSON.parse(readFileSync(join(REPO_ROOT, "packages/deno/deno.test.json"), "utf8")).imports;
    const imports: Record<string, string> = {};
    for (const [specifier, target] of Object.entries<string>(workspaceMap)) {
      imports[specifier] = target.startsWith(".") ? join(REPO_ROOT, "packages/deno", target) : target;
    }
    writeFileSync(config, JSON.stringify({ nodeModulesDir: "none", imports }));
    writeFileSync(join(dir, "deno", "usage.ts"), usage(join(dir, "deno"), entryOf("deno"), baseURL));
    received.length = 0;
    // Asynchronously: the server answering Deno runs in this process.
    const { stdout, stderr } = await promisify(execFile)(
      DENO,
      ["run", "--check", "--config", config, "--allow-net=127.0.0.1", join(dir, "deno", "usage.ts")],
      { encoding: "utf8", timeout: 150_000, env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } },
    );
    expect(stderr.replace(/^(Check|Download) .*\n/gm, "")).toBe("");
    expect(stdout).toBe('{"id":"modr_1","flagged":false} false\n');
    expect(received).toEqual([{ method: "POST", url: "/v1/moderations", body: { input: "Is this fine?" } }]);
  });
});
