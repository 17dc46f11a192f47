// The guides: all of them are in the site, and their TypeScript compiles against the packages.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { readSnippets, typecheckSnippets } from "./guide-snippets.mjs";
import { docsDir } from "./site-helpers.mjs";

describe("guides", () => {
  test("every guide is listed, once, as a child of guides/index.md (which puts it in the site)", async () => {
    const index = await readFile(join(docsDir, "guides", "index.md"), "utf8");
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(index)?.[1] ?? "";
    const children = [...frontmatter.matchAll(/^\s+-\s+\.\/(.+\.md)\s*$/gm)].map((match) => match[1]);
    const files = (await readdir(join(docsDir, "guides"))).filter(
      (name) => name.endsWith(".md") && name !== "index.md",
    );
    expect([...children].sort()).toEqual([...files].sort());
    expect(new Set(children).size).toBe(children.length);
  });

  test("every TypeScript snippet typechecks against the packages' public API", async () => {
    const snippets = await readSnippets();
    expect(snippets.length).toBeGreaterThan(20);
    expect(await typecheckSnippets(snippets)).toEqual([]);
  });

  test("a snippet using a name the API does not have is caught", async () => {
    const problems = await typecheckSnippets([
      {
        file: "guides/example.md",
        line: 10,
        code: 'import { Maxtoken } from "@maxtoken/node";\nnew Maxtoken({ apiKeyy: "sk-1" });',
      },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^guides\/example\.md:11: .*apiKeyy/)]);
  });
});
