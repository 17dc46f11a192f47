/** What differs between our libraries' builds. */
export interface LibraryBuild {
  platform: "node" | "neutral" | "browser";
  target: string;
  format: Array<"esm" | "cjs">;
  /** Entry files (or output name -> file); `src/index.ts` when not given. */
  entry?: string[] | Record<string, string>;
}

/**
 * tsdown options for one of our libraries: its entries (`src/index.ts`) to `dist/` (`.js`, and `.cjs` when
 * CommonJS is built), with declarations, no source maps, dependencies external.
 */
export function libraryBuild({ platform, target, format, entry = ["src/index.ts"] }: LibraryBuild) {
  return {
    entry,
    format,
    platform,
    target,
    tsconfig: "tsconfig.build.json",
    dts: true,
    sourcemap: false,
    clean: true,
    fixedExtension: false,
  };
}
