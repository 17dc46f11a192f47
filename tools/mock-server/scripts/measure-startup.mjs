// Measures how long the mock server takes to start on a large spec (216 operations, from
// test/fixtures/large-spec.mjs) and on the maxtoken spec: in one process (bundle the file with
// openapi-core, prepare: normalise and compile every schema with ajv, listen), and as a fresh
// command (`cli.ts --spec` under tsx, until it prints its URL). Wall times and, for
// startMockServer, the CPU time it used (steadier on a busy machine). Prints a Markdown table;
// the figures in the README come from it.
//
// Usage (from tools/mock-server):
//   pnpm exec tsx --conditions=@maxtoken/source scripts/measure-startup.mjs [runs] [more spec files...]
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSpecFile } from "../src/load-spec-file.ts";
import { prepareSpec } from "../src/served-spec.ts";
import { startMockServer } from "../src/server.ts";
import { largeSpec } from "../test/fixtures/large-spec.mjs";

const runs = Number(process.argv[2] ?? 5);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const folder = await mkdtemp(join(tmpdir(), "mock-startup-"));
const largeFile = join(folder, "openapi.json");
await writeFile(largeFile, JSON.stringify(largeSpec(40)));
const maxtokenFile = fileURLToPath(import.meta.resolve("@maxtoken/spec/openapi.yaml"));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function inProcess(file) {
  const load = [];
  const prepare = [];
  const total = [];
  const cpu = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const document = await loadSpecFile(file);
    const loaded = performance.now();
    prepareSpec(document, file);
    const prepared = performance.now();
    load.push(loaded - started);
    prepare.push(prepared - loaded);
    const whole = performance.now();
    const usage = process.cpuUsage();
    const server = await startMockServer({ spec: file });
    total.push(performance.now() - whole);
    const spent = process.cpuUsage(usage);
    cpu.push((spent.user + spent.system) / 1000);
    await server.close();
  }
  return { load: median(load), prepare: median(prepare), total: median(total), cpu: median(cpu) };
}

function coldStart(file) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      tsx,
      ["--conditions=@maxtoken/source", "src/cli.ts", "--spec", file, "--port", "0", "--quiet"],
      {
        cwd: packageDir,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (text) => {
      output += text;
      if (output.includes("listening on")) {
        const elapsed = performance.now() - started;
        child.kill("SIGTERM");
        resolve(elapsed);
      }
    });
    child.once("exit", (code) => reject(new Error(`exited with ${code} before listening`)));
  });
}

const extra = [];
for (const file of process.argv.slice(3)) {
  const { operations } = prepareSpec(await loadSpecFile(file), file);
  extra.push([file.split("/").slice(-3).join("/"), file, operations.length]);
}
const rows = [];
for (const [name, file, operations] of [
  ["large synthetic spec", largeFile, 216],
  ["maxtoken spec", maxtokenFile, 1],
  ...extra,
]) {
  const warm = await inProcess(file);
  const cold = [];
  for (let run = 0; run < runs; run++) cold.push(await coldStart(file));
  rows.push(
    `| ${name} | ${operations} | ${warm.load.toFixed(0)} | ${warm.prepare.toFixed(0)} | ${warm.total.toFixed(0)} | ${warm.cpu.toFixed(0)} | ${median(cold).toFixed(0)} |`,
  );
}
await rm(folder, { recursive: true, force: true });
const load = loadavg()
  .map((value) => value.toFixed(1))
  .join(", ");
console.log(
  `Node ${process.version}, ${cpus().length} cores, load average ${load}; ${runs} runs each, medians in ms:\n`,
);
console.log("| spec | operations | bundle | prepare | startMockServer | its CPU time | cold command |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const row of rows) console.log(row);
