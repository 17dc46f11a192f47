// One conformance suite for every runtime package. It imports no SDK and no runtime API:
// each harness (vitest in Node, `bun test`, `deno test`, a page in Chromium) passes the package
// under test and the mock server's URL, and turns each case into one test.

export { AssertionFailed } from "./assert.ts";
export { conformanceCases } from "./cases.ts";
export type { ClientLike, ConformanceCase, ConformanceContext, SdkModule } from "./context.ts";
export { failureText } from "./failure-text.ts";
export { TEST_API_KEY } from "./fixtures.ts";
export { type ShapeCase, type ShapeContext, shapeCases } from "./shapes/cases.ts";
