import { rmSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { checkChangeset } from "../src/check-changeset.mjs";
import { releaseScript } from "./helpers/paths.ts";
import { copyReleaseInputs, writeFile } from "./helpers/repo-copy.ts";
import { git, run } from "./helpers/run.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const CHANGESET = `---\n"@maxtoken/core": patch\n---\n\nRetry on 409.\n`;

/**
 * A scratch git repository holding this repository's release inputs (the real changeset config,
 * workspace file and every package.json) plus a few source files, committed on `main`, with a
 * `feature` branch checked out on top. The real repository cannot serve: on a clean clone of
 * main the diff is empty and the check would pass whatever it does.
 */
function makeScratchRepo(): string {
  const root = makeTempDir("check");
  copyReleaseInputs(root);
  writeFile(root, "openapi/openapi.yaml", "openapi: 3.1.0\n");
  writeFile(root, "openapi/test/examples.test.ts", "// spec example tests\n");
  writeFile(root, "packages/core/src/retry.ts", "export const retryable = [408, 429];\n");
  writeFile(root, "packages/core/test/retry.test.ts", "// retry tests\n");
  writeFile(root, "packages/node/src/index.ts", "export {};\n");
  writeFile(root, "tools/mock-server/src/server.ts", "export {};\n");
  writeFile(root, "tools/generator/src/cli.ts", "export {};\n");
  writeFile(root, "docs/guides/streaming.md", "# Streaming\n");
  git(root, "init", "--quiet");
  git(root, "add", "--all");
  git(root, "commit", "--quiet", "-m", "base");
  git(root, "switch", "--quiet", "-c", "feature");
  return root;
}

function commitFiles(root: string, message: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) writeFile(root, file, text);
  git(root, "add", "--all");
  git(root, "commit", "--quiet", "-m", message);
}

/** Runs the check the way CI does: the script, from the repository, against `main`. */
function runCheck(root: string, ...args: string[]) {
  return run(process.execPath, [releaseScript("check-changeset.mjs"), ...args], {
    cwd: root,
    env: { CHANGESET_BASE: "" },
  });
}

describe("changeset:check against a scratch repository", () => {
  let root: string;
  beforeEach(() => {
    root = makeScratchRepo();
  });

  it("fails when a commit changes a published package's source without a changeset, and says how to add one", () => {
    commitFiles(root, "retry on 409", { "packages/core/src/retry.ts": "export const retryable = [408, 409, 429];\n" });

    const result = runCheck(root, "--base", "main");

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("released code changed against main");
    expect(result.stderr).toContain("packages/core/src/retry.ts");
    expect(result.stderr).toContain("no changeset was added");
    expect(result.stderr).toMatch(/^ {2}pnpm changeset$/m);
    expect(result.stderr).toContain("pnpm changeset --empty");
  });

  it("passes once a commit adds a changeset", () => {
    commitFiles(root, "retry on 409", { "packages/core/src/retry.ts": "export const retryable = [408, 409, 429];\n" });
    commitFiles(root, "changeset", { ".changeset/brave-lions-retry.md": CHANGESET });

    const result = runCheck(root, "--base", "main");

    expect(result.output).toContain("described by .changeset/brave-lions-retry.md");
    expect(result.status).toBe(0);
  });

  it("fails for a change to the spec under openapi/ without a changeset", () => {
    commitFiles(root, "spec: new parameter", { "openapi/openapi.yaml": "openapi: 3.1.0\n# new parameter\n" });

    const result = runCheck(root, "--base", "main");

    expect(result.status).toBe(1);
    expect(result.stderr).toContain("openapi/openapi.yaml");
  });

  it("fails for the mock server and for the Deno package (private package.json, released on JSR)", () => {
    commitFiles(root, "changes", {
      "tools/mock-server/src/server.ts": "export const port = 4010;\n",
      "packages/deno/src/index.ts": "export {};\n",
    });

    const result = checkChangeset(root, { base: "main" });

    expect(result.ok).toBe(false);
    expect(result.needsChangeset.sort()).toEqual(["packages/deno/src/index.ts", "tools/mock-server/src/server.ts"]);
  });

  it("passes a change only to docs and tests", () => {
    commitFiles(root, "docs and tests", {
      "packages/core/test/retry.test.ts": "// more retry tests\n",
      "packages/node/src/client.test.ts": "// a test beside the code\n",
      "openapi/test/examples.test.ts": "// more examples\n",
      "packages/core/README.md": "# @maxtoken/core\n",
      "docs/guides/streaming.md": "# Streaming, revised\n",
      "README.md": "# maxtoken\n",
    });

    const result = runCheck(root, "--base", "main");

    expect(result.stdout).toContain("nothing released changed against main");
    expect(result.status).toBe(0);
  });

  it("passes a change to private tooling only", () => {
    commitFiles(root, "generator", { "tools/generator/src/cli.ts": "export const x = 1;\n" });
    expect(checkChangeset(root, { base: "main" }).ok).toBe(true);
  });

  it("counts an uncommitted changeset, and does not count one that was already on the base branch", () => {
    commitFiles(root, "retry on 409", { "packages/core/src/retry.ts": "export const retryable = [408, 409, 429];\n" });
    writeFile(root, ".changeset/brave-lions-retry.md", CHANGESET);
    expect(checkChangeset(root, { base: "main" }).ok).toBe(true);

    rmSync(path.join(root, ".changeset/brave-lions-retry.md"));
    git(root, "switch", "--quiet", "main");
    commitFiles(root, "an older changeset", { ".changeset/old-one.md": CHANGESET });
    git(root, "switch", "--quiet", "feature");
    git(root, "merge", "--quiet", "--no-edit", "main");
    commitFiles(root, "edit the old changeset", { ".changeset/old-one.md": `${CHANGESET}More.\n` });
    expect(checkChangeset(root, { base: "main" }).ok).toBe(false);
  });

  it("refuses a major changeset: versions stay 0.x", () => {
    commitFiles(root, "breaking", {
      "packages/core/src/retry.ts": "export const retryable = [];\n",
      ".changeset/big-bang.md": `---\n"@maxtoken/core": major\n---\n\nBreaking.\n`,
    });

    const result = runCheck(root, "--base", "main");

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('.changeset/big-bang.md: "@maxtoken/core": major');
    expect(result.stderr).toContain("Versions stay 0.x");
  });

  it("passes the version pull request, which consumes changesets and writes versions and changelogs", () => {
    commitFiles(root, "feature with changeset", {
      "packages/core/src/retry.ts": "export const retryable = [408, 409, 429];\n",
      ".changeset/brave-lions-retry.md": CHANGESET,
    });
    git(root, "switch", "--quiet", "main");
    git(root, "merge", "--quiet", "--no-ff", "--no-edit", "feature");
    git(root, "switch", "--quiet", "-c", "changeset-release/main");
    git(root, "rm", "--quiet", ".changeset/brave-lions-retry.md");
    commitFiles(root, "Version packages", {
      "packages/core/CHANGELOG.md": "# @maxtoken/core\n\n## 0.1.1\n",
      "packages/core/src/version.ts": 'export const VERSION = "0.1.1";\n',
    });

    const result = checkChangeset(root, { base: "main" });

    expect(result.message).toContain("release changes that consume .changeset/brave-lions-retry.md");
    expect(result.ok).toBe(true);
  });

  it("takes the base from --base, then $CHANGESET_BASE, then origin/main, then main", () => {
    commitFiles(root, "retry on 409", { "packages/core/src/retry.ts": "export const retryable = [408, 409, 429];\n" });
    const featureTip = git(root, "rev-parse", "HEAD").trim();

    expect(runCheck(root).output).toContain("changed against main ");
    // origin/main wins over main when it exists; here it already holds the change.
    git(root, "update-ref", "refs/remotes/origin/main", featureTip);
    const againstOrigin = runCheck(root);
    expect(againstOrigin.output).toContain("nothing released changed against origin/main");
    expect(againstOrigin.status).toBe(0);
    expect(
      run(process.execPath, [releaseScript("check-changeset.mjs")], { cwd: root, env: { CHANGESET_BASE: "main" } })
        .status,
    ).toBe(1);
    expect(runCheck(root, "--base=main").status).toBe(1);
  });

  it("explains what to do when the base ref is missing (a shallow CI checkout)", () => {
    const result = runCheck(root, "--base", "origin/does-not-exist");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("fetch-depth: 0");
  });
});
