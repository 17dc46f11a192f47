// Run by test/bun.test.ts as `bun test` in the real Bun binary, against the BUILT package
// (dist/, resolved like any npm user's import) and a mock server that the harness started.
import { test } from "bun:test";
import { conformanceCases } from "@maxtoken/conformance";
import * as sdk from "@maxtoken/node";

const baseURL = process.env.MAXTOKEN_CONFORMANCE_BASE_URL;
if (!baseURL) throw new Error("MAXTOKEN_CONFORMANCE_BASE_URL is not set: run this through test/bun.test.ts");

// The completion case asserts that x-maxtoken-sdk names `bun/<version>`, so a run that fell
// back to Node would fail there.
for (const conformanceCase of conformanceCases) {
  test(conformanceCase.name, () =>
    conformanceCase.run({ sdk, baseURL, runtime: "bun", packageName: "@maxtoken/node" }),
  );
}
