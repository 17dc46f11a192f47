// TypeScript and openapi-typescript, loaded through `require`: their CommonJS builds load
// without Node's ESM loader scanning TypeScript's 9 MB source for its export names (a third of
// a second of every `pnpm generate`).
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const ts: typeof import("typescript") = require("typescript");
export const openapiTS: typeof import("openapi-typescript").default = require("openapi-typescript").default;
