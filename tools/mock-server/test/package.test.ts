// The published package: builds it the way `pnpm run build` does, installs the output in a
// folder outside the workspace with only the declared dependencies, and runs the bin and the
// library from there, so nothing private (@maxtoken/spec, the YAML files) is needed at run time.
import { cp, mkdir, mkdtemp, readFile, realpath, rm, stat, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HELP_TEXT } from "../src/cli-options.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { runToEnd, spawnCli } from "./helpers/spawn-cli.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsc = fileURLToPath(new URL("../../../node_modules/.bin/tsc", import.meta.url));
const manifest = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8"));

let installed: string;

beforeAll(async () => {
  const scratch = await mkdtemp(join(tmpdir(), "mock-server-package-"));
  installed = join(scratch, "node_modules", "@maxtoken", "mock-server");
  await mkdir(installed, { recursive: true });
  // The build script, into the scratch folder: tsc with tsconfig.build.json, then the spec JSON.
  expect(manifest.scripts.build).toBe("tsc -p tsconfig.build.json && node scripts/write-spec.mjs dist");
  const compiled = await runToEnd(tsc, ["-p", "tsconfig.build.json", "--outDir", join(installed, "dist")], {
    cwd: packageDir,
  });
  expect(compiled.stdout + compiled.stderr).toBe("");
  const spec = await runToEnd(process.execPath, ["scripts/write-spec.mjs", join(installed, "dist")], {
    cwd: packageDir,
  });
  expect(spec.code).toBe(0);
  for (const file of ["package.json", "README.md", "LICENSE"]) await cp(join(packageDir, file), join(installed, file));
  // Only the runtime dependencies, linked the way a package manager would place them.
  for (const dependency of Object.keys(manifest.dependencies)) {
    await mkdir(dirname(join(scratch, "node_modules", dependency)), { recursive: true });
    await symlink(
      await realpath(join(packageDir, "node_modules", dependency)),
      join(scratch, "node_modules", dependency),
      "dir",
    );
  }
}, 180_000);

afterAll(async () => {
  if (installed) await rm(join(installed, "..", "..", ".."), { recursive: true, force: true });
});

describe("the built package", () => {
  it("declares its entry points, bin and files as published", async () => {
    expect(manifest.exports["."]).toEqual({
      "@maxtoken/source": "./src/index.ts",
      types: "./dist/index.d.ts",
      import: "./dist/index.js",
    });
    expect(manifest.bin).toEqual({ "maxtoken-mock-server": "./dist/cli.js" });
    expect(manifest.files).toEqual(expect.arrayContaining(["dist", "README.md", "LICENSE"]));
    expect(manifest.dependencies["@maxtoken/spec"]).toBeUndefined();
    for (const file of ["dist/index.js", "dist/index.d.ts", "dist/cli.js", "dist/openapi.json"]) {
      expect((await stat(join(installed, file))).isFile()).toBe(true);
    }
    expect(await readFile(join(installed, "dist/cli.js"), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(await readFile(join(installed, "LICENSE"), "utf8")).toContain("maxtoken SDK contributors");
  });

  it("cannot reach @maxtoken/spec from where it is installed", async () => {
    const probe = await runToEnd(process.execPath, ["--input-type=module", "-e", "await import('@maxtoken/spec')"], {
      cwd: installed,
    });
    expect(probe.code).not.toBe(0);
    expect(probe.stderr).toContain("ERR_MODULE_NOT_FOUND");
  });

  it("runs the bin: prints the URL and serves the spec from the bundled JSON", async () => {
    const conformance = await loadConformance();
    const cli = await spawnCli(process.execPath, [join(installed, "dist/cli.js"), "--port", "0", "--quiet"], {
      cwd: installed,
    });
    try {
      const origin = cli.url.replace(/\/v1$/, "");
      const plain = await send(origin, { body: chatBody() });
      conformance.expectConformingResponse(plain);
      expect(plain.json().choices[0].message.content).toBe("You said: Hello there, mock");
      const streamed = await send(origin, { body: chatBody({ stream: true }) });
      conformance.expectConformingResponse(streamed);
      const invalid = await send(origin, { body: chatBody({ temperature: 2 }) });
      expect(invalid.json().error.param).toBe("temperature");
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });

  it("serves a user's own spec with --spec, bundling its $refs to other files at run time", async () => {
    const split = fileURLToPath(new URL("./fixtures/split/openapi.yaml", import.meta.url));
    const cli = await spawnCli(process.execPath, [join(installed, "dist/cli.js"), "--spec", split, "--port", "0"], {
      cwd: installed,
    });
    try {
      expect(cli.url).toMatch(/\/notes-api$/);
      const origin = cli.url.replace(/\/notes-api$/, "");
      // The path item lives in paths/notes.yaml, bundled by Redocly's openapi-core at run time.
      const created = await send(origin, { path: "/notes-api/notes", body: { text: "hi" }, apiKey: null });
      expect(created.status).toBe(201);
      expect(created.json()).toEqual({ id: 1, text: "Buy milk" });
      const listed = await send(origin, { method: "GET", path: "/notes-api/notes", apiKey: null });
      expect(listed.status).toBe(200);
      expect(listed.json()[0]).toEqual({ id: 1, text: "text" });
      const invalid = await send(origin, { method: "GET", path: "/notes-api/notes?limit=11", apiKey: null });
      expect(invalid.status).toBe(400);
      expect(invalid.json().error).toMatchObject({ param: "limit", type: "invalid_request_error" });
      expect(cli.output()).toContain("GET /notes-api/notes 200");
    } finally {
      expect(await cli.stop()).toBe(0);
    }
  });

  it("prints the help (exit 0), the version (exit 0), and refuses a bad flag (exit 2)", async () => {
    const cli = join(installed, "dist/cli.js");
    const help = await runToEnd(process.execPath, [cli, "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe(HELP_TEXT);
    const version = await runToEnd(process.execPath, [cli, "--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(manifest.version);
    const bad = await runToEnd(process.execPath, [cli, "--prot", "1"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--prot'");
    expect(bad.stderr).toContain("--help");
  });

  it("imports as a library", async () => {
    const script = `
      import { startMockServer } from "@maxtoken/mock-server";
      const server = await startMockServer({ port: 0 });
      const response = await fetch(server.url + "/chat/completions", {
        method: "POST",
        headers: { authorization: "Bearer k", "content-type": "application/json" },
        body: JSON.stringify({ model: "m", messages: [{ role: "user", content: "from dist" }] }),
      });
      const body = await response.json();
      await server.close();
      console.log(body.choices[0].message.content);
    `;
    const result = await runToEnd(process.execPath, ["--input-type=module", "-e", script], {
      cwd: join(installed, "..", ".."),
    });
    expect(result.stderr).toBe("");
    expect(result.stdout.trim()).toBe("You said: from dist");
  });
});
