import { defineConfig } from "tsdown";

// ESM (`dist/index.js` + `.d.ts`) and CommonJS (`dist/index.cjs` + `.d.cts`) in one pass;
// `@maxtoken/core` stays an external dependency. tools/release/test/pack.test.ts runs publint
// and attw on the packed tarball.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  platform: "node",
  target: "node20",
  tsconfig: "tsconfig.build.json",
  dts: true,
  sourcemap: false,
  clean: true,
  fixedExtension: false,
});
