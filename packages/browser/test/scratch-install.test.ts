// The packed tarballs of @maxtoken/browser and @maxtoken/core, installed by npm into a scratch
// project outside the workspace: the example page runs in headless Chromium with the installed
// self-contained file, and a bundler (esbuild) builds a page from the installed ESM entry.
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  installTarballs,
  launchChromium,
  type RunningChromium,
  type RunningMock,
  type ScratchProject,
  serveStatic,
  startKeyProxy,
  startMock,
} from "@maxtoken/conformance/harness";
import { build } from "esbuild";
import { afterAll, beforeAll, expect, test } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

let mock: RunningMock;
let proxy: { baseURL: string; close(): Promise<void> };
let scratch: ScratchProject;
let browser: RunningChromium;
beforeAll(async () => {
  [mock, scratch, browser] = await Promise.all([
    startMock(),
    installTarballs([here("../../core"), here("..")]),
    launchChromium(),
  ]);
  proxy = await startKeyProxy(mock.baseURL, "sk-held-by-the-proxy");
  await copyFile(here("../../../examples/browser/index.html"), join(scratch.dir, "index.html"));
}, 180_000);
afterAll(async () => {
  await Promise.allSettled([browser?.close(), proxy?.close(), mock?.close(), scratch?.remove()]);
});

test("the tarballs install with npm", () => {
  expect(scratch.tarballs).toEqual([
    expect.stringMatching(/^maxtoken-browser-\d/),
    expect.stringMatching(/^maxtoken-core-\d/),
  ]);
});

test("examples/browser/index.html streams with the installed dist/maxtoken.browser.js", async () => {
  const origin = await serveStatic({
    "/": { file: join(scratch.dir, "index.html") },
    "/maxtoken.browser.js": { file: join(scratch.dir, "node_modules/@maxtoken/browser/dist/maxtoken.browser.js") },
  });
  try {
    await browser.page.goto(`${origin.url}/?baseURL=${encodeURIComponent(proxy.baseURL)}`);
    await browser.page.waitForSelector("body[data-state=done], body[data-state=failed]", { timeout: 15_000 });
    expect(await browser.page.getAttribute("body", "data-state"), browser.log.join("\n")).toBe("done");
    expect(await browser.page.textContent("#answer")).toMatch(/^You said: Tell me/);
  } finally {
    await origin.close();
  }
});

test("a bundler resolves the installed package (ESM entry + core) into a page that streams", async () => {
  const entry = join(scratch.dir, "app.js");
  const { writeFile } = await import("node:fs/promises");
  await writeFile(
    entry,
    `import { Maxtoken } from "@maxtoken/browser";
     const client = new Maxtoken({ baseURL: new URLSearchParams(location.search).get("baseURL") });
     const stream = await client.chat.completions.create({ model: "claude-opus-4-6", messages: [{ role: "user", content: "bundled" }], stream: true });
     window.answer = await stream.finalText();`,
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "silent",
  });
  const origin = await serveStatic({
    "/": { text: `<!doctype html><script type="module" src="/app.js"></script>` },
    "/app.js": { text: result.outputFiles[0]!.text, type: "text/javascript" },
  });
  try {
    await browser.page.goto(`${origin.url}/?baseURL=${encodeURIComponent(proxy.baseURL)}`);
    await browser.page.waitForFunction(() => "answer" in window, undefined, { timeout: 15_000 });
    expect(await browser.page.evaluate(() => (window as unknown as { answer: string }).answer)).toBe(
      "You said: bundled",
    );
  } finally {
    await origin.close();
  }
});
