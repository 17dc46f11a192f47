// Types for `@maxtoken/spec` (a plain `.mjs` module with JSDoc, no declaration file).
declare module "@maxtoken/spec" {
  /** Absolute path of the spec's root file. */
  export const specPath: string;
  /** Bundles a spec into one document whose `$ref`s all point inside it. */
  export function loadSpec(
    path?: string,
  ): Promise<{ document: unknown; problems: Array<{ message: string; location: string[] }> }>;
}
