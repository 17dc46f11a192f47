// A tiny run of every figure with every client: it completes, every client passes the checker,
// and the report names every client and target. No timing is asserted (the machine is shared).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkClient } from "../src/check-client.mjs";
import { CLIENTS } from "../src/clients/bench-client.mjs";
import { measureBundles, PAGES } from "../src/figures/bundles.mjs";
import { IMPORTS, measureColdImports } from "../src/figures/cold-import.mjs";
import { generatedFiles } from "../src/figures/generate.mjs";
import { measureRequests } from "../src/figures/requests.mjs";
import { measureRss } from "../src/figures/rss.mjs";
import { measureStreaming } from "../src/figures/streaming.mjs";
import { markdownReport, textTable } from "../src/report/render.mjs";
import { tables } from "../src/report/tables.mjs";
import { API_KEY } from "../src/server/payloads.mjs";
import { type BenchServer, startServer } from "../src/server/start-server.mjs";
import { QUICK_SETTINGS } from "../src/settings.mjs";
import { evaluateTargets } from "../src/targets.mjs";

const CHUNKS = 300;
let server: BenchServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

const results: Record<string, any> = {};

describe("a tiny run", () => {
  test("every client returns the server's completion and chunks, unchanged", async () => {
    for (const entry of CLIENTS) {
      const { createClient } = await entry.load();
      for (const chunks of [1, 2, CHUNKS]) {
        await checkClient(entry.name, createClient({ baseURL: server.baseURL(chunks), apiKey: API_KEY }), chunks);
      }
    }
  });

  test("(1) requests and (2) streaming complete for every client, floor first", async () => {
    const clients = await Promise.all(
      CLIENTS.map(async (entry) => {
        const { createClient } = await entry.load();
        return {
          name: entry.name,
          requests: createClient({ baseURL: server.baseURL(), apiKey: API_KEY }),
          streams: createClient({ baseURL: server.baseURL(CHUNKS), apiKey: API_KEY }),
        };
      }),
    );
    results.requests = await measureRequests(
      clients.map(({ name, requests }) => ({ name, client: requests })),
      { rounds: 2, requestsPerBlock: 3, warmupBlocks: 0 },
    );
    results.streaming = await measureStreaming(
      clients.map(({ name, streams }) => ({ name, client: streams })),
      { rounds: 2, chunks: CHUNKS, warmupBlocks: 0 },
    );
    for (const figure of [results.requests, results.streaming]) {
      expect(Object.keys(figure)).toEqual(CLIENTS.map((each) => each.name));
      expect(figure["raw-fetch"].ratio).toBe(1);
      for (const each of Object.values<any>(figure)) {
        expect(each.perSecond.runs).toBe(2);
        expect(each.perSecond.median).toBeGreaterThan(0);
      }
    }
  });

  test("(3) RSS: one child process per client reports its peak", async () => {
    results.rss = await measureRss(
      CLIENTS.map((each) => each.name),
      server.baseURL,
      { runs: 1, chunks: CHUNKS },
    );
    for (const entry of CLIENTS) {
      const each = results.rss[entry.name];
      expect(each.runs).toBe(1);
      expect(each.peakRss).toBeGreaterThanOrEqual(each.rssBefore);
      expect(each.peakRss).toBeGreaterThan(10 * 1024 * 1024);
    }
  });

  test("(4) cold import: every command runs and reports wall and CPU time", () => {
    results.imports = measureColdImports({ runs: 1 });
    for (const { name } of IMPORTS) {
      expect(results.imports[name].runs).toBe(1);
      expect(results.imports[name].cpu.median).toBeGreaterThan(0);
      expect(results.imports[name].median).toBeGreaterThan(0);
    }
  });

  test("(5) bundles: every page builds for browsers and gzips", async () => {
    results.bundles = await measureBundles();
    for (const { name } of PAGES) {
      expect(results.bundles[name].gzip).toBeGreaterThan(0);
      expect(results.bundles[name].gzip).toBeLessThan(results.bundles[name].minified);
    }
    expect(results.bundles.maxtoken.largestInputs.map((input: { path: string }) => input.path).join(" ")).toContain(
      "packages/core/dist",
    );
  });

  test("(6) generate: the generated files are found and hashed", () => {
    const files = Object.keys(generatedFiles());
    expect(files.some((path) => path.startsWith("packages/node/src/generated/"))).toBe(true);
    expect(files.some((path) => path.startsWith("packages/browser/src/generated/"))).toBe(true);
  });

  test("the report has every target, client and figure", () => {
    results.generate = {
      seconds: { median: 1, p25: 1, p75: 1, min: 1, max: 1, runs: 1 },
      unchanged: true,
      changedFiles: [],
    };
    const run = {
      machine: {
        date: "2026-01-01T00:00:00.000Z",
        os: "Linux",
        cpu: "test cpu (2 cores)",
        memoryGB: 1,
        node: process.version,
        loadAverageAtStart: 0,
        commit: "abc1234",
        packages: {},
      },
      loadAverageAtEnd: 0,
      durationSeconds: 1,
      settings: { ...QUICK_SETTINGS, streaming: { ...QUICK_SETTINGS.streaming, chunks: CHUNKS } },
      settingsText: "tiny",
      bytesPerChunk: 184,
      results,
      targets: evaluateTargets(results),
    };
    expect(run.targets.map((each) => each.target)).toHaveLength(6);
    for (const each of run.targets) expect(typeof each.pass).toBe("boolean");
    const allTables = tables(run);
    expect(allTables).toHaveLength(7);
    const text = allTables.map(textTable).join("\n");
    const markdown = markdownReport(run, allTables);
    for (const label of [
      ...CLIENTS.map((each) => each.label),
      ...PAGES.map((each) => each.label),
      "pnpm generate",
      "node -e 0",
    ]) {
      expect(text).toContain(label);
      expect(markdown).toContain(label);
    }
    expect(markdown).toContain(`| Node | ${process.version}`);
  });
});

describe("the command line", () => {
  const cli = fileURLToPath(new URL("../src/cli.mjs", import.meta.url));
  test("--help prints the usage; an unknown figure is refused", () => {
    const help = spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--quick");
    const wrong = spawnSync(process.execPath, [cli, "--only", "speed"], { encoding: "utf8" });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("Unknown figure(s): speed");
  });
});

describe("updateReadme", () => {
  test("replaces what is between the markers and keeps the rest", async () => {
    const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { pathToFileURL } = await import("node:url");
    const { updateReadme } = await import("../src/report/update-readme.mjs");
    const folder = mkdtempSync(join(tmpdir(), "bench-readme-"));
    try {
      const file = join(folder, "README.md");
      writeFileSync(file, "# top\n\n<!-- latest-results:start -->\nold\n<!-- latest-results:end -->\n\nafter\n");
      updateReadme(pathToFileURL(file), "## maxtoken bench\n\n| a |\n| --- |\n| 1 |\n");
      expect(readFileSync(file, "utf8")).toBe(
        "# top\n\n<!-- latest-results:start -->\n| a |\n| --- |\n| 1 |\n<!-- latest-results:end -->\n\nafter\n",
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
