// The built docs site in real headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core), served on 127.0.0.1 by the same server as `pnpm run docs:serve`.
// Every request of every page is recorded; one leaving loopback fails the run (and is aborted).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSpec } from "@maxtoken/spec";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { packageVersions } from "../scripts/changelog-markdown.mjs";
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

/**
 * Each documented package, in the order of the navigation, and the exports its page must list.
 * The shared API is printed once, on @maxtoken/node's page: the Deno and browser pages list no
 * exports and link there; core's lists only what the runtime packages do not re-export.
 */
/** @type {{ name: string, exports: string[], sameAsNode?: boolean, notListed?: string[] }[]} */
const packages = [
  { name: "@maxtoken/node", exports: ["Maxtoken", "ChatCompletionCreateParams", "RateLimitError", "Stream"] },
  { name: "@maxtoken/deno", exports: [], sameAsNode: true },
  { name: "@maxtoken/browser", exports: [], sameAsNode: true },
  { name: "@maxtoken/mock-server", exports: ["startMockServer", "MockServerOptions", "parseFault"] },
  // Core's user API is re-exported by every runtime package (documented on node's page); its
  // /internal entry is not for applications and stays off the site.
  {
    name: "@maxtoken/core",
    exports: [],
    sameAsNode: true,
    notListed: ["RateLimitError", "Stream", "BaseClient", "errorClassForStatus"],
  },
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

/**
 * Loads `path` in `page` and waits until a reader sees it: typedoc keeps the body hidden until its
 * script has run; Redoc renders its examples once hydrated.
 */
async function showPage(page, path) {
  await page.goto(new URL(path, server.url).href, { waitUntil: "load" });
  if (path.startsWith("api/")) await page.locator("pre").first().waitFor();
  else await page.waitForFunction(() => document.body.style.display !== "none");
}

/** Every typedoc page of the built site (the HTTP reference and copied media left out). */
async function sitePages() {
  const entries = await readdir(siteDir, { recursive: true });
  return entries
    .filter((entry) => entry.endsWith(".html") && !entry.startsWith("api/") && !entry.startsWith("media/"))
    .sort();
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

    expect(problems).toEqual([]);
    await page.close();
  });

  test("the packages are listed with the main one first", async () => {
    const { page, problems } = await open("modules.html");
    const listed = await page.locator(".col-content .tsd-member-summary-name a").allTextContents();
    expect(listed.map((text) => text.trim()).filter((text) => text.startsWith("@maxtoken/"))).toEqual(packageNames);
    expect(problems).toEqual([]);
    await page.close();
  });

  test.each(packages)(
    "the package page of $name loads and lists its exports",
    async ({ name, exports, sameAsNode, notListed }) => {
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
      for (const name of notListed ?? []) expect(listed).not.toContain(name);
      if (sameAsNode) {
        expect(listed).toEqual([]);
        const toNode = page.locator(".col-content a", { hasText: "@maxtoken/node's page" });
        await expect(toNode.getAttribute("href")).resolves.toMatch(/_maxtoken_node\.html$/);
      }
      const text = squash(await page.locator(".col-content").textContent());
      // Contributor notes stay in the README; a table has a header a reader can read.
      expect(text).not.toContain("How it is tested");
      expect(text).not.toContain("For contributors");
      const emptyHeaders = await page
        .locator(".col-content thead tr")
        .evaluateAll((rows) => rows.filter((row) => row.textContent.trim() === "").length);
      expect(emptyHeaders).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  test("generated methods and types show the spec's descriptions, defaults and ranges", async () => {
    const { document } = await loadSpec();
    const params = document.components.schemas.ChatCompletionCreateParams;
    const operation = document.paths["/chat/completions"].post;

    for (const { name } of packages.filter((entry) => entry.exports.includes("Maxtoken"))) {
      // Only @maxtoken/node prints the shared API.
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

  test.each([
    { words: "stream", guides: ["Streaming", "Recipe: a streaming chat UI"] },
    { words: "retry", guides: ["Errors and retries"] },
    {
      words: "proxy",
      guides: ["A key-holding proxy for your server", "Browser usage and key safety", "Getting started in the browser"],
    },
    {
      words: "install",
      guides: ["Getting started with Node", "Getting started with Deno", "Getting started in the browser"],
    },
  ])("searching $words puts the matching guide in the first three results", async ({ words, guides }) => {
    const { page, problems } = await open("index.html");
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill(words);
    await page.locator("#tsd-search-results li").first().waitFor();
    const results = (await page.locator("#tsd-search-results li").allTextContents()).map(squash);
    const firstThree = results.slice(0, 3);
    expect(
      firstThree.some((result) => guides.some((title) => result === `Guides.${title}`)),
      `${words}: ${results.join(" | ")}`,
    ).toBe(true);
    // The search's last row hands the same words to the HTTP API reference.
    const apiRow = page.locator("#tsd-search-results li.sdk-search-api a");
    await expect(apiRow.getAttribute("href")).resolves.toBe(`./api/index.html?q=${words}`);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the HTTP API's fields are in the site's search, and its reference links back to it", async () => {
    const { page, problems } = await open("index.html");
    await page.locator("#tsd-search-trigger").click();
    await page.locator("#tsd-search-input").fill("temperature");
    const results = page.locator("#tsd-search-results li");
    await results.first().waitFor();
    expect((await results.allTextContents()).map(squash)).toContain("HTTP API");
    await page.close();
    // `?q=` (the HTTP reference's "Search the SDK docs" link) opens the search with the words.
    const { page: searched } = await open("index.html?q=retry");
    await expect(searched.locator("#tsd-search-input").inputValue()).resolves.toBe("retry");
    await searched.locator("#tsd-search-results li").first().waitFor();
    expect(problems).toEqual([]);
    await searched.close();
    // ... and the HTTP reference runs its own search for `?q=` (the typedoc search's last row).
    const { page: api, problems: apiProblems } = await open("api/index.html?q=temperature");
    await api.waitForFunction(
      () =>
        /** @type {HTMLInputElement | null} */ (document.querySelector('input[placeholder^="Search"]'))?.value ===
        "temperature",
      null,
      {
        timeout: 20_000,
      },
    );
    expect(apiProblems).toEqual([]);
    await api.close();
  }, 120_000);

  for (const width of [1280, 390]) {
    test(`no code block of any page wraps at ${width} px: long lines scroll`, async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const wrapping = [];
      let scrolling = 0;
      for (const path of [...(await sitePages()), "api/index.html#/chat/createchatcompletion"]) {
        await showPage(page, path);
        const blocks = await page.locator("pre, .tsd-signature").evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => {
              const style = getComputedStyle(element);
              const code = element.querySelector("code");
              return {
                text: element.textContent.slice(0, 60),
                whiteSpace: style.whiteSpace,
                codeWhiteSpace: code ? getComputedStyle(code).whiteSpace : style.whiteSpace,
                overflowX: style.overflowX,
                overflows: element.scrollWidth > element.clientWidth + 1,
              };
            }),
        );
        for (const block of blocks) {
          const keepsLines = [block.whiteSpace, block.codeWhiteSpace].every((value) => value === "pre");
          const scrolls = !block.overflows || ["auto", "scroll"].includes(block.overflowX);
          if (!keepsLines || !scrolls) wrapping.push(`${path}: ${JSON.stringify(block)}`);
          if (block.overflows) scrolling++;
        }
        // The page itself never scrolls sideways, and its content column fits the screen: the
        // blocks scroll.
        const sideways = await page.evaluate(() => {
          window.scrollTo(10_000, window.scrollY);
          const moved = window.scrollX;
          window.scrollTo(0, window.scrollY);
          return { moved, column: document.querySelector(".col-content")?.getBoundingClientRect().right ?? 0 };
        });
        if (!path.startsWith("api/") && (sideways.moved > 0 || sideways.column > width + 1)) {
          wrapping.push(`${path}: the page scrolls sideways (${JSON.stringify(sideways)})`);
        }
      }
      expect(wrapping).toEqual([]);
      expect(scrolling, "some long lines exist, and they scroll").toBeGreaterThan(0);
      await page.close();
    }, 600_000);
  }

  test("no page carries the team's internal notes, and every sample uses the one model id", async () => {
    const { document } = await loadSpec();
    const modelInExamples = document.components.schemas.ChatCompletionCreateParams.properties.model.examples[0];
    const page = await context.newPage();
    const internal = [];
    const models = new Map();
    for (const path of [...(await sitePages()), "api/index.html#/chat/createchatcompletion"]) {
      await showPage(page, path);
      const text = await page.evaluate(() => document.body.textContent ?? "");
      for (const phrase of [/vendor'?s page/i, /vendor page/i, /design\.md/i, /single source of truth/i]) {
        if (phrase.test(text)) internal.push(`${path}: ${phrase}`);
      }
      const links = await page.locator("a[href]").evaluateAll((all) => all.map((link) => link.href));
      for (const link of links) if (/design\.md/.test(link)) internal.push(`${path}: links to ${link}`);
      const samples = await page.locator("pre").allInnerTexts();
      for (const sample of samples) {
        for (const [id] of sample.matchAll(/claude-[a-z0-9.-]+/g)) models.set(id, [...(models.get(id) ?? []), path]);
      }
    }
    expect(internal).toEqual([]);
    expect(modelInExamples).toBe("claude-opus-4-6");
    expect([...models.keys()], JSON.stringify(Object.fromEntries(models))).toEqual([modelInExamples]);
    await page.close();
  }, 600_000);

  test("the changelog page lists each package's version, and every page shows the version", async () => {
    const { page, problems } = await open("index.html");
    const versionLine = page.locator(".sdk-version").first();
    const nodeVersion = packageVersions(join(docsDir, "..")).find((entry) => entry.name === "@maxtoken/node")?.version;
    await expect(versionLine.textContent()).resolves.toContain(`maxtoken SDK ${nodeVersion}`);
    await versionLine.getByRole("link", { name: "Changelog" }).click();
    await page.waitForURL(/Changelog\.html$/);
    const text = squash(await page.locator(".col-content").textContent());
    for (const { name, version } of packageVersions(join(docsDir, ".."))) expect(text).toContain(`${name} ${version}`);
    expect(text).toContain("Coming in the next release");
    expect(problems).toEqual([]);
    await page.close();

    const missing = [];
    for (const path of await sitePages()) {
      const html = await (await fetch(new URL(path, server.url))).text();
      if (!html.includes(`maxtoken SDK ${nodeVersion}`)) missing.push(path);
    }
    expect(missing).toEqual([]);
  });

  test("the create page lists every request field, required first, and links every error it throws", async () => {
    const { document } = await loadSpec();
    const params = document.components.schemas.ChatCompletionCreateParams;
    const { page, problems } = await open("classes/_maxtoken_node.ChatCompletionsResource.html");
    const table = page.locator(".tsd-comment table").first();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((all) => all.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent.trim())));
    const names = rows.map((cells) => cells[0]);
    const required = params.required;
    expect(names.slice(0, required.length)).toEqual(required);
    expect([...names].sort()).toEqual(Object.keys(params.properties).sort());
    const byName = Object.fromEntries(rows.map((cells) => [cells[0], cells]));
    expect(byName.temperature).toEqual(["temperature", "number", "optional", "0..1", "1", expect.any(String)]);
    // Each row says what the spec says: type, limits and default.
    for (const [field, schema] of Object.entries(params.properties)) {
      const cells = byName[field] ?? [];
      const range =
        schema.minimum !== undefined && schema.maximum !== undefined ? `${schema.minimum}..${schema.maximum}` : "";
      if (range) expect(cells[3], field).toBe(range);
      if (schema.default !== undefined) expect(cells[4], field).toBe(JSON.stringify(schema.default));
    }
    expect(byName.model?.[1]).toMatch(/"claude-opus-4-6".*string/);
    expect(byName.max_tokens?.[1]).toBe("integer");
    // The field names lead to their documentation.
    await table.getByRole("link", { name: "temperature" }).click();
    await page.waitForURL(/ChatCompletionCreateParams\.html#temperature$/);
    const text = squash(await page.locator(".col-content").textContent());
    expect(text).not.toContain("string & {}");
    await page.goBack();

    // Every error class `create` can throw is named and linked.
    const throws = page.locator(".tsd-signature ~ .tsd-descriptions, .tsd-description").first();
    await throws.waitFor();
    const linked = new Set(await page.locator(".tsd-comment a").allTextContents());
    for (const className of [
      "APIError",
      "BadRequestError",
      "ContentPolicyViolationError",
      "AuthenticationError",
      "PermissionDeniedError",
      "InsufficientBalanceError",
      "RateLimitError",
      "InternalServerError",
      "APIConnectionError",
      "APITimeoutError",
      "APIUserAbortError",
      "ValidationError",
      "StreamError",
      "MaxtokenError",
    ]) {
      expect(linked.has(className), className).toBe(true);
    }
    // The standalone form (for pages that bundle only what they call) lists the same fields.
    const { page: functionPage, problems: functionProblems } = await open(
      "functions/_maxtoken_node.createChatCompletion.html",
    );
    const functionRows = await functionPage
      .locator(".tsd-comment table")
      .first()
      .locator("tbody tr td:first-child")
      .allTextContents();
    expect(functionRows.map((cell) => cell.trim())).toEqual(names);
    expect(squash(await functionPage.locator(".col-content").textContent())).toContain("MaxtokenBase");
    expect(functionProblems).toEqual([]);
    await functionPage.close();
    // The field's @example shows the value, not backticks around it.
    const { page: paramsPage } = await open("interfaces/_maxtoken_node.ChatCompletionCreateParams.html");
    const examples = await paramsPage.locator("#model ~ * pre, section.tsd-member pre").allInnerTexts();
    expect(examples.some((example) => example.includes('"claude-opus-4-6"'))).toBe(true);
    expect(examples.filter((example) => example.includes("`"))).toEqual([]);
    expect(problems).toEqual([]);
    await paramsPage.close();
    await page.close();
  });

  test("the Maxtoken page starts with what users call; request<T>() comes last", async () => {
    const { page, problems } = await open("classes/_maxtoken_node.Maxtoken.html");
    const keys = await page
      .locator('.col-content summary[data-key^="section-"]')
      .evaluateAll((summaries) => summaries.map((summary) => summary.dataset.key?.replace("section-", "")));
    expect([...new Set(keys)]).toEqual(["Properties", "Constructors", "Methods", "Low-level"]);
    const lowLevel = page.locator('.col-content summary[data-key="section-Low-level"]').last().locator("xpath=..");
    await expect(lowLevel.locator("h3").allTextContents()).resolves.toEqual([expect.stringContaining("request")]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("the HTTP reference: stream example with data: lines and [DONE], curl and TypeScript samples, top bar, new-tab links, mobile title", async () => {
    const { page, problems } = await open("api/index.html#/chat/createchatcompletion");
    // The 200 answer as text/event-stream: the literal stream, line by line.
    await page.getByRole("button", { name: "application/json" }).last().click();
    await page.getByRole("menuitem", { name: "text/event-stream" }).click();
    const stream = (await page.locator("pre").allInnerTexts()).find((text) => text.includes("data: [DONE]"));
    expect(stream, "a text/event-stream example").toBeDefined();
    const lines = (stream ?? "").split("\n").filter((line) => line.trim() !== "");
    expect(lines.filter((line) => line.startsWith("data: {")).length).toBeGreaterThanOrEqual(2);
    expect(lines.at(-1)).toBe("data: [DONE]");

    // Code samples from the spec: curl and TypeScript.
    await page.getByRole("button", { name: "curl" }).first().click();
    await page.getByRole("menuitem", { name: "TypeScript (Node)" }).click();
    const samples = await page.locator("pre").allInnerTexts();
    expect(samples.some((text) => text.includes('import { Maxtoken } from "@maxtoken/node"'))).toBe(true);

    // The top bar stays while the reference scrolls.
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(200);
    const bar = await page.locator(".sdk-docs-bar").boundingBox();
    expect(bar?.y).toBe(0);
    expect(problems).toEqual([]);
    await page.close();

    // Sidebar links work when opened in a new tab (even before the script runs).
    const html = await (await fetch(new URL("api/index.html", server.url))).text();
    const markup = html.replace(/<script[\s\S]*?<\/script>/g, "");
    expect([...markup.matchAll(/ href="(\/[^/"][^"]*|\/)"/g)].map((match) => match[1])).toEqual([]);
    const { page: chat } = await open("api/index.html#/chat");
    await chat.getByText("Create a chat completion").first().waitFor();
    await chat.close();

    // On a phone the title fits, broken between words only.
    const mobile = await context.newPage();
    await mobile.setViewportSize({ width: 390, height: 844 });
    await mobile.goto(new URL("api/index.html", server.url).href, { waitUntil: "networkidle" });
    const title = await mobile
      .locator("h1")
      .first()
      .evaluate((h1) => ({
        fits: h1.scrollWidth <= h1.clientWidth + 1,
        breaks: `${getComputedStyle(h1).wordBreak} ${getComputedStyle(h1).overflowWrap}`,
      }));
    expect(title).toEqual({ fits: true, breaks: "normal normal" });
    await mobile.close();
  }, 180_000);

  test("screenshots of the home page, a guide, the create page and the HTTP reference at 1280 and 390 px", async () => {
    /** @type {[string, string][]} */
    const shots = [
      ["home", "index.html"],
      ["guide-streaming", "documents/Guides.Streaming.html"],
      ["create", "classes/_maxtoken_node.ChatCompletionsResource.html#create"],
      ["http-reference", "api/index.html#/chat/createchatcompletion"],
    ];
    const folder = join(docsDir, "screenshots");
    await mkdir(folder, { recursive: true });
    const saved = [];
    for (const width of [1280, 390]) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      for (const [name, path] of shots) {
        await page.goto(new URL(path, server.url).href, { waitUntil: "networkidle" });
        // Redoc scrolls to the operation after it hydrates.
        await page.waitForTimeout(path.startsWith("api/") ? 1500 : 300);
        const file = join(folder, `${name}-${width}.png`);
        await page.screenshot({ path: file });
        const png = await readFile(file);
        expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
        saved.push(file);
      }
      await page.close();
    }
    console.log(`docs test: screenshots\n  ${saved.join("\n  ")}`);
    expect(saved).toHaveLength(8);
  }, 180_000);

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
