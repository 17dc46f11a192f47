/** How a browser page is built everywhere we measure or ship one (see browser-build.mjs). */
export declare const BROWSER_BUILD: {
  readonly bundle: true;
  readonly minify: true;
  readonly format: "esm";
  readonly platform: "browser";
  readonly target: "es2022";
};
/** The size a page costs over the network: gzip at level 9. */
export declare function gzipSize(code: Uint8Array): number;
