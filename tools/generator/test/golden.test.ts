// Golden files: every fixture spec's generated output, file by file, under
// test/__snapshots__/<fixture>/. Review a change in them like a change in the generated packages.
import { describe, expect, it } from "vitest";
import { renderSpec } from "../src/generate.ts";
import { FIXTURES } from "./support/paths.ts";

describe.each(FIXTURES)("golden output of the $name spec", ({ name, spec, label }) => {
  it("matches the snapshot files, each marked generated twice", async () => {
    const files = await renderSpec(spec, label);
    expect([...files.keys()]).toEqual(
      expect.arrayContaining(["index.gen.ts", "client.gen.ts", "types.gen.ts", "checks.gen.ts"]),
    );
    for (const [path, content] of files) {
      expect(path).toMatch(/\.gen\.ts$/);
      expect(content.split("\n")[0]).toBe(
        `// Generated from ${label} by tools/generator. Do not edit: change the spec and run \`pnpm generate\`.`,
      );
      await expect(content).toMatchFileSnapshot(`__snapshots__/${name}/${path}`);
    }
  });

  it("is deterministic: two runs give the same bytes", async () => {
    const first = await renderSpec(spec, label);
    const second = await renderSpec(spec, label);
    expect([...second.entries()]).toEqual([...first.entries()]);
  });

  it("keeps generated code free of eval and runtime dependencies other than core", async () => {
    const files = await renderSpec(spec, label);
    for (const content of files.values()) {
      expect(content).not.toMatch(/new Function|\beval\(/);
      const imports = [...content.matchAll(/from "([^"]+)"/g)].map((match) => match[1]!);
      for (const specifier of imports) expect(specifier).toMatch(/^(@maxtoken\/core(\/internal)?|\.\.?\/.*\.ts)$/);
    }
  });
});
