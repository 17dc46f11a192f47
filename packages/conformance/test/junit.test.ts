// parseJUnit decides whether each Bun and Deno case passed: a failure it missed would pass.
import { describe, expect, test } from "vitest";
import { parseJUnit } from "../src/harness/junit.ts";

const REPORT = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="bun test" tests="5" failures="2">
  <testsuite name="test/bun/conformance.test.ts" tests="5" failures="2">
    <testcase name="completion: returns the assistant&apos;s message" classname="" time="0.1">
    </testcase>
    <testcase name="errors: 400 -&gt; BadRequestError &amp; &quot;body&quot;" classname="" time="0.1">
      <failure type="AssertionFailed" message="expected 400, got 500">AssertionFailed: expected 400, got 500&#10;  at run (cases/errors.ts:1:1)</failure>
    </testcase>
    <testcase name="timeout: late headers" time="0.1"><error message="Uncaught TypeError: x is not a function"/></testcase>
    <testcase name="retries: skipped one" time="0"><skipped/></testcase>
    <testcase name="validation: self-closing pass" time="0"/>
  </testsuite>
</testsuites>`;

describe("parseJUnit", () => {
  const cases = parseJUnit(REPORT);

  test("reads every case in order, with XML entities decoded in the names", () => {
    expect(cases.map((junitCase) => junitCase.name)).toEqual([
      "completion: returns the assistant's message",
      'errors: 400 -> BadRequestError & "body"',
      "timeout: late headers",
      "retries: skipped one",
      "validation: self-closing pass",
    ]);
  });

  test("a <failure> or <error> is a failure with its text; <skipped> counts as failed; the rest passed", () => {
    expect(cases.map((junitCase) => junitCase.failure)).toEqual([
      null,
      "AssertionFailed: expected 400, got 500\n  at run (cases/errors.ts:1:1)",
      "Uncaught TypeError: x is not a function",
      "skipped",
      null,
    ]);
  });

  test("an empty or missing report has no cases (the harness then fails on the case list)", () => {
    expect(parseJUnit("")).toEqual([]);
  });
});
