import { defineConfig } from "tsdown";

// ESM for bundlers (`dist/index.js` + `.d.ts`), `@maxtoken/core` external. The self-contained
// file for a plain <script type="module"> is built next by scripts/bundle.mjs.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  platform: "browser",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  dts: true,
  sourcemap: false,
  clean: true,
  fixedExtension: false,
});
