// @ts-check
import { gzipSync } from "node:zlib";

/**
 * How a browser page is built everywhere we measure or ship one: bundled, minified ESM for
 * browsers, as a user's bundler would make it.
 */
export const BROWSER_BUILD = /** @type {const} */ ({
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
});

/**
 * The size a page costs over the network: gzip at level 9.
 *
 * @param {Uint8Array} code
 */
export function gzipSize(code) {
  return gzipSync(code, { level: 9 }).byteLength;
}
