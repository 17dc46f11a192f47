import { defineConfig } from "tsdown";

// ESM (`dist/index.js` + `.d.ts`) and CommonJS (`dist/index.cjs` + `.d.cts`) from one pass;
// dependencies stay external. publint and attw check the result in the runtime packages' tests.
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  platform: "neutral",
  target: "es2022",
  tsconfig: "tsconfig.build.json",
  dts: true,
  sourcemap: false,
  clean: true,
  fixedExtension: false,
});
