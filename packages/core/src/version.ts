/** The version of `@maxtoken/core`; sent in `x-maxtoken-sdk`. Rewritten by the release tooling. */
export const VERSION = "0.1.0";
