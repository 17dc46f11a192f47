import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { releaseDir, repoRoot } from "./helpers/paths.ts";
import { run } from "./helpers/run.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const actionValidator = path.join(releaseDir, "node_modules/.bin/action-validator");
const validate = (file: string) => run(actionValidator, [file], { cwd: repoRoot });
const workflowPath = (name: string) => path.join(repoRoot, ".github/workflows", name);
const readWorkflow = (name: string) => parse(readFileSync(workflowPath(name), "utf8"));

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
}
const steps = (job: { steps: Step[] }) => job.steps;
const runLines = (job: { steps: Step[] }) =>
  steps(job).flatMap((step) =>
    (step.run ?? "")
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  );

describe("GitHub workflows, validated offline", () => {
  it.each(["ci.yml", "release.yml"])("%s passes @action-validator/cli", (name) => {
    const result = validate(workflowPath(name));
    expect(result.output).not.toContain("errors");
    expect(result.status).toBe(0);
  });

  it("a broken workflow fails validation (the validator is really checking)", () => {
    const dir = makeTempDir("workflows");
    const broken = readFileSync(workflowPath("ci.yml"), "utf8")
      .replace("runs-on: ubuntu-latest\n    # Debian", "# Debian") // the test job loses its runner
      .replace("timeout-minutes: 5", "timeout-minutes: soon"); // and a number becomes a word
    expect(broken).not.toBe(readFileSync(workflowPath("ci.yml"), "utf8"));
    const file = path.join(dir, "ci.yml");
    writeFileSync(file, broken);

    const result = validate(file);

    expect(result.status).not.toBe(0);
    expect(result.output).toContain("/jobs/test");
    expect(result.output).toContain("runs-on");
  });

  it("ci.yml runs what .ci/run runs, on Node 20, and the changeset check on pull requests with the full history", () => {
    const ci = readWorkflow("ci.yml");
    const ciRun = readFileSync(path.join(repoRoot, ".ci/run"), "utf8");
    const commands = ciRun
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => /^(npm|pnpm|node|bash) /.test(line));
    expect(commands, ".ci/run's commands").toEqual(["npm start", "npm test"]);

    expect(Object.keys(ci.on).sort()).toEqual(["pull_request", "push"]);
    const test = ci.jobs.test;
    expect(runLines(test)).toEqual(commands);
    expect(steps(test).some((step) => step.uses?.startsWith("actions/checkout@"))).toBe(true);
    expect(steps(test).find((step) => step.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"]).toBe(20);
    expect(String(ci.env.CI)).toBe("true"); // as .ci/run exports it

    const changeset = ci.jobs.changeset;
    expect(changeset.if).toBe("github.event_name == 'pull_request'");
    expect(steps(changeset).find((step) => step.uses?.startsWith("actions/checkout@"))?.with?.["fetch-depth"]).toBe(0);
    expect(runLines(changeset).join("\n")).toMatch(/^npm run changeset:check -- --base "origin\/\$BASE_REF"$/m);
    expect(steps(changeset).find((step) => step.run?.includes("changeset:check"))?.env?.BASE_REF).toBe(
      "${{ github.base_ref }}",
    );
  });

  it("release.yml opens the version pull request and publishes with changesets/action, npm provenance and JSR over OIDC", () => {
    const release = readWorkflow("release.yml");
    const rootScripts = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")).scripts;

    expect(release.on).toEqual({ push: { branches: ["main"] } });
    expect(release.permissions).toEqual({ contents: "write", "pull-requests": "write", "id-token": "write" });
    const job = release.jobs.release;
    expect(steps(job).find((step) => step.uses?.startsWith("actions/checkout@"))?.with?.["fetch-depth"]).toBe(0);
    expect(steps(job).find((step) => step.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"]).toBe(20);
    expect(runLines(job).slice(0, 2)).toEqual(["npm install --global pnpm@12.4.2", "pnpm install --frozen-lockfile"]);

    const action = steps(job).find((step) => step.uses?.startsWith("changesets/action@")) as Step & { id?: string };
    expect(action.id).toBe("changesets");
    expect(action?.with).toMatchObject({ version: "pnpm version-packages", publish: "pnpm release" });
    expect(action?.env).toMatchObject({
      NPM_CONFIG_PROVENANCE: "true",
      NPM_TOKEN: "${{ secrets.NPM_TOKEN }}",
      GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}",
    });

    const verify = steps(job).at(-1);
    expect(verify?.if).toBe("steps.changesets.outputs.published == 'true'");
    expect(verify?.run).toBe('node tools/release/src/verify-provenance.mjs "$PUBLISHED"');
    expect(verify?.env?.PUBLISHED).toBe("${{ steps.changesets.outputs.publishedPackages }}");

    // The scripts the action calls exist and do what the workflow's comments say.
    expect(rootScripts["version-packages"]).toBe("node tools/release/src/version-packages.mjs");
    expect(rootScripts.release).toMatch(
      /^turbo run build .*&& changeset publish && node tools\/release\/src\/publish-jsr\.mjs$/,
    );
    for (const name of ["@maxtoken/core", "@maxtoken/node", "@maxtoken/browser", "@maxtoken/mock-server"]) {
      expect(rootScripts.release).toContain(`--filter=${name}`);
    }
    expect(rootScripts["changeset:check"]).toBe("node tools/release/src/check-changeset.mjs");
    expect(rootScripts.changeset).toBe("changeset");
  });
});
