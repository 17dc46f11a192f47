// The package's manifest as npm users get it. publint and attw (esm-only profile: the browser
// package is ESM only, for bundlers and <script type="module">) run on the pnpm-packed tarball
// in tools/release/test/pack.test.ts.
import { describe, expect, test } from "vitest";
import packageJson from "../package.json" with { type: "json" };

describe("packaging", () => {
  test("package.json: sideEffects false, no dependency but core, the bundle exported", () => {
    expect(packageJson.sideEffects).toBe(false);
    expect(Object.keys(packageJson.dependencies)).toEqual(["@maxtoken/core"]);
    expect(packageJson.exports["./bundle"].default).toBe("./dist/maxtoken.browser.js");
  });
});
