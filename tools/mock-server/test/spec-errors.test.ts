// A spec the server cannot serve stops it with the file, the JSON pointer and the reason: from
// the library as a SpecError, from the command line as one line on stderr and exit code 1,
// never a stack trace.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SpecError, startMockServer } from "../src/index.ts";
import { runToEnd } from "./helpers/spawn-cli.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));
const broken = (name: string): string => fileURLToPath(new URL(`./fixtures/broken/${name}`, import.meta.url));

const cases: Array<[string, string, string, RegExp]> = [
  ["a missing file", "no-such-file.yaml", "", /no such file/],
  ["a file that is not YAML", "not-yaml.yaml", "", /not-yaml\.yaml|flow|indentation|unexpected/i],
  ["a Swagger 2.0 document", "swagger-2.yaml", "/openapi", /OpenAPI 3/],
  [
    "an unresolved $ref",
    "unresolved-ref.yaml",
    "/paths/~1things/get/responses/200/content/application~1json/schema",
    /resolve|Missing/i,
  ],
  [
    "a pattern that is not a regular expression",
    "bad-pattern.yaml",
    "/paths/~1things/post/requestBody/content/application~1json/schema/properties/code",
    /regular expression/i,
  ],
  [
    "a bad pattern in a response schema",
    "bad-response-pattern.yaml",
    "/paths/~1things/get/responses/200/content/application~1json/schema/properties/id",
    /regular expression/i,
  ],
  ["an unknown x-mock-handler", "unknown-handler.yaml", "/paths/~1things/get/x-mock-handler", /does-not-exist/],
];

describe("a spec the server cannot serve", () => {
  it.each(cases)("%s: a SpecError with the file, the pointer and the reason", async (_name, file, pointer, reason) => {
    const error = await startMockServer({ spec: broken(file) }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(SpecError);
    const specError = error as SpecError;
    expect(specError.file).toContain(file);
    expect(specError.pointer).toBe(pointer);
    expect(specError.reason).toMatch(reason);
    expect(specError.message).toBe(`${specError.file}${pointer === "" ? "" : `#${pointer}`}: ${specError.reason}`);
  });

  it("stops the command line with one line on stderr and exit code 1, no stack trace", {
    timeout: 120_000,
  }, async () => {
    for (const file of ["bad-pattern.yaml", "unresolved-ref.yaml", "no-such-file.yaml"]) {
      const result = await runToEnd(
        tsx,
        ["--conditions=@maxtoken/source", "src/cli.ts", "--spec", broken(file), "--port", "0"],
        { cwd: packageDir },
      );
      expect(result.code, result.stderr).toBe(1);
      const lines = result.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).not.toContain("listening");
    }
  });
});
