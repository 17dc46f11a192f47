import { chmodSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findMissingProvenance } from "../src/verify-provenance.mjs";
import { releaseScript } from "./helpers/paths.ts";
import { writeFile } from "./helpers/repo-copy.ts";
import { run } from "./helpers/run.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

/** A stand-in for `npm view <name>@<version> dist.attestations --json`: only core has provenance. */
function fakeNpm(): string {
  const dir = makeTempDir("npm");
  const file = path.join(dir, "npm");
  writeFile(
    dir,
    "npm",
    `#!/bin/sh
case "$2" in
  "@maxtoken/core@0.2.0") echo '{"url":"https://registry.npmjs.org/-/npm/v1/attestations/@maxtoken%2fcore@0.2.0","provenance":{"predicateType":"https://slsa.dev/provenance/v1"}}' ;;
  *) echo "" ;;
esac
`,
  );
  chmodSync(file, 0o755);
  return file;
}

describe("verify-provenance (release.yml, after publishing)", () => {
  it("names every published version npm shows no provenance for", () => {
    const npm = fakeNpm();
    const published = [
      { name: "@maxtoken/core", version: "0.2.0" },
      { name: "@maxtoken/node", version: "0.2.0" },
    ];
    expect(findMissingProvenance(published, { npm, attempts: 2, delayMs: 1 })).toEqual(["@maxtoken/node@0.2.0"]);
  });

  it("fails the workflow step, saying how to fix it, and passes when all have provenance", () => {
    const npm = fakeNpm();
    const env = { NPM_BIN: npm, VERIFY_PROVENANCE_ATTEMPTS: "1", VERIFY_PROVENANCE_DELAY_MS: "1" };
    const failing = run(
      process.execPath,
      [releaseScript("verify-provenance.mjs"), '[{"name":"@maxtoken/node","version":"0.2.0"}]'],
      { cwd: path.dirname(npm), env },
    );
    expect(failing.status).toBe(1);
    expect(failing.stderr).toContain("no provenance for @maxtoken/node@0.2.0");
    expect(failing.stderr).toContain('"publishConfig": { "provenance": true }');

    const passing = run(
      process.execPath,
      [releaseScript("verify-provenance.mjs"), '[{"name":"@maxtoken/core","version":"0.2.0"}]'],
      { cwd: path.dirname(npm), env },
    );
    expect(passing.status, passing.output).toBe(0);
  });
});
