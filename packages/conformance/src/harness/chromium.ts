import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium; the browser tests never download a browser of their own. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** A headless Chromium with a fresh profile; `close()` removes the profile. */
export interface RunningChromium {
  context: BrowserContext;
  page: Page;
  /** Console lines and page errors, for failure messages. */
  log: string[];
  close(): Promise<void>;
}

/** Starts headless Chromium. A missing browser is an error (the tests never skip). */
export async function launchChromium(): Promise<RunningChromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}: run \`apt-get update && apt-get install -y chromium\` (npm test does it as root)`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), "maxtoken-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const log: string[] = [];
  page.on("console", (message) => log.push(`console.${message.type()}: ${message.text()}`));
  page.on("pageerror", (error) => log.push(`pageerror: ${error.message}`));
  return {
    context,
    page,
    log,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
