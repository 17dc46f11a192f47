// The conformance suite in Node, through vitest, against the package's sources.

import { conformanceCases } from "@maxtoken/conformance";
import { type RunningMock, startMock } from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, test } from "vitest";
import * as sdk from "../src/generated/index.gen.ts";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock();
});
afterAll(() => mock?.close());

describe("conformance (node)", () => {
  for (const conformanceCase of conformanceCases) {
    test(conformanceCase.name, () =>
      conformanceCase.run({ sdk, baseURL: mock.baseURL, runtime: "node", packageName: "@maxtoken/node" }),
    );
  }
});
