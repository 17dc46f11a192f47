// Adds up the counts that each package's vitest run printed during `npm test` (the Deno, Bun
// and Chromium suites run inside vitest tests), so the run ends with one line: "N passed, M failed".
import { readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

const log = stripVTControlCharacters(readFileSync(process.argv[2], "utf8"));
let passed = 0;
let failed = 0;
let runs = 0;
for (const line of log.split("\n")) {
  // turbo prefixes each line with "<package>:<task>: "; vitest ends with "Tests  2 failed | 145 passed (147)".
  const summary = /^(?:\S+: )?\s+Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (!summary) continue;
  runs++;
  passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
}
console.log(`\nvitest runs: ${runs}`);
console.log(`${passed} passed, ${failed} failed`);
