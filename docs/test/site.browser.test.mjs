// The built docs site in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), served on 127.0.0.1 by the same server as `pnpm run docs:serve`.
// Every request of every page is recorded; one leaving loopback fails the run (and is aborted).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpec } from "@maxtoken/spec";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { serveStatic } from "../scripts/static-server.mjs";
import { checkInternalLinks } from "./link-check.mjs";
import { buildSite, docsDir, staysOnLoopback } from "./site-helpers.mjs";

/** typedoc's file name for a package: "@maxtoken/node" -> "_maxtoken_node". */
const slug = (name) => name.replace(/[@/-]/g, "_");
/** Text with its whitespace collapsed, as a reader sees it. */
const squash = (text) =>
  (text ?? "")
    .replace(/Default Value/g, "Default Value ")
    .replace(/\s+/g, " ")
    .trim();
/** The text of each member section of a typedoc page, by its anchor (`temperature`, `create`). */
const membersByAnchor = async (page) =>
  Object.fromEntries(
    Object.entries(
      await page
        .locator("section.tsd-member")
        .evaluateAll((sections) =>
          Object.fromEntries(sections.map((section) => [section.querySelector("[id]")?.id, section.textContent])),
        ),
    ).map(([anchor, text]) => [anchor, squash(text)]),
  );
/** A spec description's first sentence, as rendered (code spans lose their backticks). */
const firstSentence = (markdown) => squash(markdown.replaceAll("`", "")).split(/(?<=\.) /)[0];

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Each documented package, and exports its page must list. */
const packages = [
  { name: "@maxtoken/core", exports: ["BaseClient", "Stream", "RateLimitError", "errorClassForStatus"] },
  { name: "@maxtoken/node", exports: ["Maxtoken", "ChatCompletionCreateParams", "RateLimitError", "Stream"] },
  { name: "@maxtoken/deno", exports: ["Maxtoken", "ChatCompletionCreateParams", "RateLimitError", "Stream"] },
  { name: "@maxtoken/browser", exports: ["Maxtoken", "ChatCompletionCreateParams", "RateLimitError", "Stream"] },
  { name: "@maxtoken/mock-server", exports: ["startMockServer", "MockServerOptions", "parseFault"] },
];
const packageNames = packages.map((entry) => entry.name);

let siteDir;
let profileDir;
let server;
let context;
/** Every URL any page asked for, and those that would have left loopback. */
const requested = [];
const leftLoopback = [];

beforeAll(async () => {
  // Never a skip: without the browser this test fails, saying how to get it.
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package: apt-get update && apt-get install -y chromium`,
    );
  }
  siteDir = await mkdtemp(join(tmpdir(), "maxtoken-docs-site-"));
  await buildSite(siteDir);
  server = await serveStatic({ root: siteDir, host: "127.0.0.1", port: 0 });
  profileDir = await mkdtemp(join(tmpdir(), "maxtoken-docs-chromium-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
    viewport: { width: 1280, height: 900 },
  });
  context.on("request", (request) => requested.push(request.url()));
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (staysOnLoopback(url)) return route.continue();
    leftLoopback.push(url);
    return route.abort("blockedbyclient");
  });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  for (const dir of [profileDir, siteDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

/**
 * Opens `path` of the site in a new tab and collects what went wrong there: console errors,
 * uncaught exceptions, failed requests and error statuses.
 */
async function open(path) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState("networkidle");
  return { page, problems };
}

describe("docs site in headless Chromium", () => {
  test("the index loads, shows the guides and packages, and is saved as a PNG", async () => {
    const { page, problems } = await open("index.html");
    await expect(page.title()).resolves.toMatch(/maxtoken SDK/);
    // The sidebar is built in the browser from assets/navigation.js.
    const sidebar = page.locator(".site-menu .tsd-navigation");
    for (const name of [...packageNames, "Guides"]) {
      await sidebar
        .locator("a", { hasText: new RegExp(`^${name}$`) })
        .first()
        .waitFor();
    }
    // The guides are listed on the index itself.
    await page.locator(".col-content").getByRole("link", { name: "Getting started with Node" }).first().waitFor();

    const pngDir = await mkdtemp(join(tmpdir(), "maxtoken-docs-screenshot-"));
    const pngPath = join(pngDir, "index.png");
    await page.screenshot({ path: pngPath });
    const png = await readFile(pngPath);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    console.log(`docs test: screenshot of the index at ${pngPath}`);

    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(packages)("the package page of $name loads and lists its exports", async ({ name, exports }) => {
    const { page: index } = await open("modules.html");
    const href = await index
      .locator(".col-content a", { hasText: new RegExp(`^${name}$`) })
      .first()
      .getAttribute("href");
    await index.close();
    expect(href, `modules.html links to ${name}`).toBeTruthy();

    const { page, problems } = await open(href);
    await expect(page.locator("h1").first().textContent()).resolves.toContain(name);
    const listed = await page.locator(".col-content .tsd-member-summary-name a").allTextContents();
    expect(listed).toEqual(expect.arrayContaining(exports));
    expect(problems).toEqual([]);
    await page.close();
  });

  test("generated methods and types show the spec's descriptions, defaults and ranges", async () => {
    const { document } = await loadSpec();
    const params = document.components.schemas.ChatCompletionCreateParams;
    const operation = document.paths["/chat/completions"].post;

    for (const { name } of packages.filter((entry) => entry.exports.includes("Maxtoken"))) {
      // Reached as a reader would, from the package page (the folder depends on the kind).
      const { page, problems } = await open(`modules/${slug(name)}.html`);
      await page
        .locator(".col-content a", { hasText: /^ChatCompletionCreateParams$/ })
        .first()
        .click();
      await page.waitForURL(/ChatCompletionCreateParams\.html$/);
      const members = await membersByAnchor(page);
      for (const [property, schema] of Object.entries(params.properties)) {
        const text = members[property.toLowerCase()] ?? "";
        expect(text, `${name} ${property}: description`).toContain(firstSentence(schema.description));
        if (schema.default !== undefined) {
          expect(text, `${name} ${property}: default`).toContain(`Default Value ${JSON.stringify(schema.default)}`);
        }
        if (schema.minimum !== undefined && schema.maximum !== undefined) {
          expect(text, `${name} ${property}: range`).toContain(`${schema.minimum}..${schema.maximum}`);
        } else if (schema.minimum !== undefined) {
          expect(text, `${name} ${property}: minimum`).toContain(`Minimum: ${schema.minimum}`);
        }
        if (schema.minItems !== undefined) {
          expect(text, `${name} ${property}: minItems`).toContain(`Minimum items: ${schema.minItems}`);
        }
      }

      // The method itself: the operation's summary and description.
      await page.goto(new URL(`modules/${slug(name)}.html`, server.url).href);
      await page
        .locator(".col-content a", { hasText: /^ChatCompletionsResource$/ })
        .first()
        .click();
      await page.waitForURL(/ChatCompletionsResource\.html$/);
      const create = (await membersByAnchor(page)).create ?? "";
      expect(create).toContain(operation.summary);
      expect(create).toContain(firstSentence(operation.description));
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  test("the HTTP API reference loads, renders the operation and links back", async () => {
    const { page: index } = await open("index.html");
    await index.locator("#tsd-toolbar-links").getByRole("link", { name: "HTTP API reference" }).click();
    await index.waitForURL(/\/api\/index\.html$/);
    await index.close();

    const { page, problems } = await open("api/index.html");
    await expect(page.title()).resolves.toMatch(/maxtoken Chat Completions API/);
    await page.getByText("/chat/completions").first().waitFor();
    // The operation, with a field's range and default as the spec states them.
    await page.goto(new URL("api/index.html#/chat/createchatcompletion", server.url).href);
    const temperature = page
      .locator(".schema-property-item")
      .filter({ has: page.getByText("temperature", { exact: true }) });
    await temperature.first().waitFor();
    expect(squash(await temperature.first().textContent())).toMatch(/\[ ?0 \.\. 1 ?\].*Default: ?1/);
    // Links back into the typedoc part of the site.
    await page.locator(".sdk-docs-bar").getByRole("link", { name: "SDK reference (TypeScript)" }).click();
    await page.waitForURL(/\/index\.html$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("search finds RateLimitError and opens its page", async () => {
    const { page, problems } = await open("index.html");
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill("RateLimitError");
    const result = page.locator("#tsd-search-results li").filter({ hasText: "RateLimitError" }).first();
    await result.waitFor();
    await result.locator("a").first().click();
    await page.waitForURL(/RateLimitError/);
    await expect(page.locator("h1").first().textContent()).resolves.toContain("RateLimitError");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("no internal link of the site is broken", async () => {
    const { pages, fragments, broken } = await checkInternalLinks(server.url, {
      skipLinksOf: (url) => url.pathname.startsWith("/api/"),
    });
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThan(20);
    expect(fragments).toBeGreaterThan(20);

    // The API reference is a single-page app: read its links once hydrated. Links to other
    // pages must answer 200; Redoc's own links ("/chat", "#/chat/...") are routes that its
    // router handles, so clicking each must keep the page (and show no error).
    const { page, problems } = await open("api/index.html");
    const hrefs = [
      ...new Set(await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")))),
    ];
    const origin = new URL(server.url).origin;
    const brokenInApi = [];
    for (const href of hrefs) {
      const url = new URL(href, page.url());
      if (url.origin !== origin || href.startsWith("#")) continue; // elsewhere, or a route of this page
      if (href.startsWith("/")) {
        await page
          .locator(`a[href="${href}"]`)
          .first()
          .evaluate((link) => link.click());
        await page.waitForTimeout(100);
        if (new URL(page.url()).pathname !== "/api/index.html") {
          brokenInApi.push(`${href} leaves the API reference for ${page.url()}`);
          await page.goto(new URL("api/index.html", server.url).href);
        }
      } else {
        const response = await fetch(url);
        if (response.status !== 200) brokenInApi.push(`${href} answers ${response.status}`);
      }
    }
    expect(brokenInApi).toEqual([]);
    expect(hrefs.length).toBeGreaterThan(3);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("`pnpm run docs:serve` serves the site on 127.0.0.1 and prints its URL", async () => {
    const child = spawn(process.execPath, [join(docsDir, "scripts", "serve.mjs"), "--port", "0", "--dir", siteDir]);
    try {
      const url = await new Promise((resolveUrl, rejectUrl) => {
        let output = "";
        child.stdout.on("data", (chunk) => {
          output += chunk;
          const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
          if (match) resolveUrl(match[0]);
        });
        child.on("close", (code) => rejectUrl(new Error(`docs:serve exited ${code}: ${output}`)));
      });
      const index = await fetch(url);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain("maxtoken SDK");
      expect((await fetch(new URL("api/", url))).status).toBe(200);
      expect((await fetch(new URL("no-such-page.html", url))).status).toBe(404);
      expect((await fetch(new URL("..%2f..%2fpackage.json", url))).status).not.toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });

  test("no page sent a request beyond loopback", () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(leftLoopback).toEqual([]);
  });
});
