// @ts-check
// typedoc writes `navigationLinks` hrefs as they are, so a relative link breaks on nested pages
// (classes/X.html) and an absolute one breaks when the site is opened from disk or hosted under
// a sub-path. Links written as "site:<path>" are rewritten here, page by page, to a path
// relative to that page: "api/index.html" on index.html, "../api/index.html" on classes/X.html.
import { PageEvent } from "typedoc";

const SITE_PREFIX = 'href="site:';

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents?.includes(SITE_PREFIX)) return;
    const depth = page.url.split("/").length - 1;
    page.contents = page.contents.replaceAll(SITE_PREFIX, `href="${"../".repeat(depth)}`);
  });
}
