// Run by test/bun.test.ts as `bun test` in the real Bun binary, against the BUILT package
// (dist/, resolved like any npm user's import) and a mock server that the harness started.
import { expect, test } from "bun:test";
import { conformanceCases } from "@maxtoken/conformance";
import * as sdk from "@maxtoken/node";

const baseURL = process.env.MAXTOKEN_CONFORMANCE_BASE_URL;
if (!baseURL) throw new Error("MAXTOKEN_CONFORMANCE_BASE_URL is not set: run this through test/bun.test.ts");

test("x-maxtoken-sdk names bun, not node", () => {
  expect(typeof process.versions.bun).toBe("string");
});

for (const conformanceCase of conformanceCases) {
  test(conformanceCase.name, () =>
    conformanceCase.run({ sdk, baseURL, runtime: "bun", packageName: "@maxtoken/node" }),
  );
}
