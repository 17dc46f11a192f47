// The link checker and the loopback rule of the browser test, on a tiny site made here: they
// must catch what they are there to catch, or the browser test could pass on a broken site.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveStatic } from "../scripts/static-server.mjs";
import { checkInternalLinks } from "./link-check.mjs";
import { staysOnLoopback } from "./site-helpers.mjs";

const typedocData = (name, value) =>
  `window.${name} = "${deflateSync(Buffer.from(JSON.stringify(value))).toString("base64")}"`;

let root;
let server;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "maxtoken-docs-links-"));
  await mkdir(join(root, "assets"));
  await mkdir(join(root, "classes"));
  await writeFile(
    join(root, "index.html"),
    `<a href="classes/Good.html#run">ok</a> <a href="classes/Good.html#nothing-here">bad anchor</a>
     <a href="missing.html">missing page</a> <a href="https://example.com/elsewhere">external</a>
     <script src="assets/main.js"></script>`,
  );
  await writeFile(join(root, "classes", "Good.html"), `<h3 id="run">run</h3><a href="../index.html">home</a>`);
  await writeFile(join(root, "assets", "main.js"), "");
  await writeFile(
    join(root, "assets", "navigation.js"),
    typedocData("navigationData", [
      { text: "Good", path: "classes/Good.html", children: [{ text: "Gone", path: "classes/Gone.html" }] },
    ]),
  );
  await writeFile(
    join(root, "assets", "search.js"),
    typedocData("searchData", {
      rows: [
        { name: "run", url: "classes/Good.html#run" },
        { name: "walk", url: "classes/Good.html#walk" },
      ],
    }),
  );
  server = await serveStatic({ root });
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe("checkInternalLinks", () => {
  test("reports missing pages and anchors from the HTML, the sidebar and the search index", async () => {
    const { broken, pages } = await checkInternalLinks(server.url);
    expect(pages).toBe(5); // index, Good, main.js, missing, Gone
    expect(broken).toHaveLength(4);
    expect(broken).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/classes\/Gone\.html answers 404; linked from .*navigation\.js/),
        expect.stringMatching(/\/classes\/Good\.html#nothing-here names no element; linked from .*index\.html/),
        expect.stringMatching(/\/classes\/Good\.html#walk names no element; linked from .*search\.js/),
        expect.stringMatching(/\/missing\.html answers 404; linked from .*index\.html/),
      ]),
    );
  });
});

describe("staysOnLoopback", () => {
  test.each([
    ["http://127.0.0.1:8080/index.html", true],
    ["http://127.9.0.1/x", true],
    ["http://localhost:3000/", true],
    ["http://[::1]:8080/", true],
    ["data:image/svg+xml,<svg/>", true],
    ["blob:http://127.0.0.1:8080/0c2d", true],
    ["https://cdn.redoc.ly/redoc/logo-mini.svg", false],
    ["http://10.0.0.1/", false],
    ["http://127.0.0.1.example.com/", false],
  ])("%s -> %s", (url, expected) => {
    expect(staysOnLoopback(url)).toBe(expected);
  });
});
