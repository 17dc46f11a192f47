// The conformance suite (and the browser-only cases) in real headless Chromium. The page is
// served from one 127.0.0.1 port and loads dist/maxtoken.browser.js with a plain
// <script type="module">; the mock server listens on another port, so every call is cross-origin.
import { fileURLToPath } from "node:url";
import { conformanceCases, shapeCases } from "@maxtoken/conformance";
import {
  launchChromium,
  type RunningChromium,
  type RunningMock,
  serveStatic,
  startKeyProxy,
  startMock,
  startShapesMock,
} from "@maxtoken/conformance/harness";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { browserCases } from "./chromium/browser-cases.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const PAGE = `<!doctype html>
<meta charset="utf-8">
<title>maxtoken conformance</title>
<script type="module">
  import * as sdk from "/maxtoken.browser.js";
  import { caseNames, runCase, runShapeCase, shapeCaseNames } from "/suite.js";
  window.conformance = {
    caseNames,
    shapeCaseNames,
    run: (name, baseURL, proxyURL) => runCase(sdk, name, baseURL, proxyURL),
    runShape: runShapeCase,
  };
</script>`;

let mock: RunningMock;
let shapesMock: RunningMock;
let origin: { url: string; close(): Promise<void> };
let browser: RunningChromium;
let proxy: { baseURL: string; close(): Promise<void> };

beforeAll(async () => {
  const suite = await build({
    entryPoints: [here("chromium/suite-entry.ts")],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  [mock, shapesMock, origin, browser] = await Promise.all([
    startMock(),
    startShapesMock(),
    serveStatic({
      "/": { text: PAGE },
      "/maxtoken.browser.js": { file: here("../dist/maxtoken.browser.js") },
      "/suite.js": { text: suite.outputFiles[0]!.text, type: "text/javascript" },
    }),
    launchChromium(),
  ]);
  proxy = await startKeyProxy(mock.baseURL, "sk-held-by-the-proxy");
  await browser.page.goto(`${origin.url}/`);
  await browser.page
    .waitForFunction(() => "conformance" in window, undefined, { timeout: 15_000 })
    .catch(() => {
      throw new Error(`the test page did not load:\n${browser.log.join("\n")}`);
    });
});

afterAll(async () => {
  await Promise.allSettled([browser?.close(), origin?.close(), proxy?.close(), mock?.close(), shapesMock?.close()]);
});

describe("conformance (chromium)", () => {
  test("the page runs every case of the suite, in a cross-origin setup", async () => {
    const names = await browser.page.evaluate(
      () => (window as unknown as { conformance: { caseNames: string[] } }).conformance.caseNames,
    );
    expect(names).toEqual([...conformanceCases, ...browserCases].map((conformanceCase) => conformanceCase.name));
    expect(new URL(origin.url).port).not.toBe(new URL(mock.origin).port);
  });

  for (const { name } of [...conformanceCases, ...browserCases]) {
    test(name, async () => {
      const failure = await browser.page.evaluate(
        ([caseName, baseURL, proxyURL]) =>
          (
            window as unknown as { conformance: { run(n: string, u: string, p: string): Promise<string | null> } }
          ).conformance.run(caseName, baseURL, proxyURL),
        [name, mock.baseURL, proxy.baseURL] as const,
      );
      expect(failure, browser.log.join("\n")).toBeNull();
    });
  }
});

// Multipart uploads, binary and text answers through the shapes fixture's generated client,
// cross-origin: Chromium's own FormData, Blob, File and streams against the mock server on the
// shapes spec.
describe("shapes (chromium)", () => {
  test("the page runs every shapes case", async () => {
    const names = await browser.page.evaluate(
      () => (window as unknown as { conformance: { shapeCaseNames: string[] } }).conformance.shapeCaseNames,
    );
    expect(names).toEqual(shapeCases.map((shapeCase) => shapeCase.name));
  });

  for (const { name } of shapeCases) {
    test(name, async () => {
      const failure = await browser.page.evaluate(
        ([caseName, baseURL]) =>
          (
            window as unknown as { conformance: { runShape(n: string, u: string): Promise<string | null> } }
          ).conformance.runShape(caseName, baseURL),
        [name, shapesMock.baseURL] as const,
      );
      expect(failure, browser.log.join("\n")).toBeNull();
    });
  }
});
