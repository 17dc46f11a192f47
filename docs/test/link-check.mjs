// @ts-check
// Checks every internal link of the served site: the href/src of each HTML page reachable from
// the index, plus every entry of typedoc's sidebar and search index (which the browser builds
// into links at run time). A link is broken when its page does not answer 200, or when its
// #fragment names no element of that page.
import { decodeTypedocData, hasAnchor, linksOf, navigationPaths } from "./site-helpers.mjs";

/**
 * @param {string} siteUrl e.g. http://127.0.0.1:1234/ (with the trailing slash)
 * @param {{ skipLinksOf?: (pageUrl: URL) => boolean }} [options] pages whose own links are not
 *   read (the API reference: a single-page app whose links only work after hydration)
 */
export async function checkInternalLinks(siteUrl, options = {}) {
  const origin = new URL(siteUrl).origin;
  /** @type {Map<string, { status: number, text: string | null }>} */
  const fetched = new Map();
  /** @type {Map<string, Set<string>>} page URL -> pages linking to it */
  const referrers = new Map();
  /** @type {Array<{ target: string, fragment: string, from: string }>} */
  const fragments = [];
  /** @type {string[]} */
  const queue = [];

  /**
   * @param {string} raw the link as written
   * @param {string} from the page (or asset) it was found in
   * @param {string} [base] what it is relative to, when not `from`
   */
  const visit = (raw, from, base = from) => {
    if (/^(mailto|javascript|tel):/i.test(raw)) return;
    const url = new URL(raw, base);
    if (url.origin !== origin) return; // external: a link, not something this site serves
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = "";
    const target = url.href;
    if (!referrers.has(target)) {
      referrers.set(target, new Set());
      queue.push(target);
    }
    referrers.get(target)?.add(from);
    if (fragment) fragments.push({ target, fragment, from });
  };

  // The sidebar and the search index, as the browser would turn them into links.
  /** @type {Array<[string, (data: any) => string[]]>} */
  const typedocData = [
    ["assets/navigation.js", (data) => navigationPaths(data)],
    ["assets/search.js", (data) => (data.rows ?? []).map((/** @type {{ url: string }} */ row) => row.url)],
  ];
  for (const [asset, read] of typedocData) {
    const response = await fetch(new URL(asset, siteUrl));
    if (!response.ok) throw new Error(`${asset}: HTTP ${response.status}`);
    // Their paths are relative to the site root, as the browser resolves them.
    const assetUrl = new URL(asset, siteUrl).href;
    for (const path of read(decodeTypedocData(await response.text()))) visit(path, assetUrl, siteUrl);
  }
  visit("index.html", siteUrl);

  while (queue.length > 0) {
    const target = /** @type {string} */ (queue.shift());
    const response = await fetch(target, { redirect: "follow" });
    const type = response.headers.get("content-type") ?? "";
    const isMarkup = type.startsWith("text/html") || type.startsWith("image/svg+xml");
    // Read the body either way, so the connection is freed.
    const text = response.ok && isMarkup ? await response.text() : await response.arrayBuffer().then(() => null);
    fetched.set(target, { status: response.status, text });
    if (text !== null && type.startsWith("text/html") && !options.skipLinksOf?.(new URL(target))) {
      for (const link of linksOf(text)) visit(link, target);
    }
  }

  /** @type {string[]} */
  const broken = [];
  for (const [target, { status }] of fetched) {
    if (status !== 200) {
      broken.push(
        `${target} answers ${status}; linked from ${[...(referrers.get(target) ?? [])].slice(0, 3).join(", ")}`,
      );
    }
  }
  const seenFragments = new Set();
  for (const { target, fragment, from } of fragments) {
    const key = `${target}#${fragment}`;
    if (seenFragments.has(key)) continue;
    seenFragments.add(key);
    const page = fetched.get(target);
    if (page?.status !== 200 || page.text === null) continue; // reported above, or not markup
    if (options.skipLinksOf?.(new URL(target))) continue; // anchors made at run time
    if (!hasAnchor(page.text, fragment)) broken.push(`${key} names no element; linked from ${from}`);
  }
  return { pages: fetched.size, fragments: seenFragments.size, broken };
}
