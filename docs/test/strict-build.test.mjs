// The docs build is strict: an export without TSDoc, a public symbol that uses a type its
// package does not export, or a {@link} to nothing fails it. Each case runs the site's real
// typedoc configuration on a one-package fixture; the first case shows the fixture itself is
// fine, so a failure in the others is the one thing each of them changes.
import { describe, expect, test } from "vitest";
import config, { packageOptions, strictness } from "../typedoc.config.mjs";
import { runTypedocOnFixture } from "./typedoc-fixture.mjs";

const documented = `
/** Adds two numbers. */
export function add(a: number, b: number): number {
  return a + b;
}
`;

describe("typedoc configuration", () => {
  test("is strict at the root and inside every package", () => {
    expect(config.treatWarningsAsErrors).toBe(true);
    expect(config.entryPointStrategy).toBe("packages");
    expect(packageOptions.validation).toEqual(strictness.validation);
    expect(strictness.validation).toEqual({ notExported: true, notDocumented: true, invalidLink: true });
  });
});

describe.concurrent("strict docs build on a fixture package", () => {
  test("a fully documented package builds", async () => {
    const { exitCode, output } = await runTypedocOnFixture(documented);
    expect(output).not.toMatch(/\[(warning|error)\]/);
    expect(exitCode).toBe(0);
  });

  test("an undocumented export fails the build", async () => {
    const { exitCode, output } = await runTypedocOnFixture(
      `${documented}\nexport function undocumentedHelper(): void {}\n`,
    );
    expect(output).toMatch(/undocumentedHelper \(\w+\).*does not have any documentation/);
    expect(exitCode).not.toBe(0);
  });

  test("a broken {@link} fails the build", async () => {
    const { exitCode, output } = await runTypedocOnFixture(
      `/** Adds two numbers; see {@link NoSuchThing}. */\nexport function add(a: number, b: number): number { return a + b; }\n`,
    );
    expect(output).toMatch(/Failed to resolve link to "NoSuchThing"/);
    expect(exitCode).not.toBe(0);
  });

  test("a public symbol using a type that is not exported fails the build", async () => {
    const { exitCode, output } = await runTypedocOnFixture(`
/** Options of {@link start}. */
interface HiddenOptions {
  /** Port to listen on. */
  port: number;
}
/** Starts something. */
export function start(options: HiddenOptions): void {
  void options;
}
`);
    expect(output).toMatch(/HiddenOptions.*not included in the documentation/);
    expect(exitCode).not.toBe(0);
  });
});
