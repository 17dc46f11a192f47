import { defineConfig } from "tsdown";
import { libraryBuild } from "../../config/tsdown.ts";

// ESM and CommonJS from one pass, runtime-neutral; dependencies stay external. publint and attw
// check the packed result (tools/release/test/pack.test.ts).
export default defineConfig(libraryBuild({ platform: "neutral", target: "es2022", format: ["esm", "cjs"] }));
