// The shapes cases in Node, through vitest: the shapes fixture's generated client against the
// mock server serving that spec. Deno and Chromium run the same cases in their own harnesses
// (packages/deno/test/deno.test.ts, packages/browser/test/chromium.test.ts).
import { afterAll, beforeAll, describe, test } from "vitest";
import { type RunningMock, startShapesMock } from "../src/harness/index.ts";
import { shapeCases } from "../src/index.ts";

let mock: RunningMock;
beforeAll(async () => {
  mock = await startShapesMock();
});
afterAll(() => mock?.close());

describe("shapes (node)", () => {
  for (const shapeCase of shapeCases) test(shapeCase.name, () => shapeCase.run({ baseURL: mock.baseURL }));
});
