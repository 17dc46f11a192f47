// Types for `@maxtoken/spec` (a plain `.mjs` module with JSDoc, no declaration file).
declare module "@maxtoken/spec" {
  /** Where a problem is: a JSON pointer in a file, or a line and column in a file that does not parse. */
  export interface SpecPlace {
    file: string;
    pointer?: string;
    line?: number;
    column?: number;
  }
  /** A problem Redocly found while bundling or applying the given rules. */
  export interface SpecLoadProblem {
    message: string;
    /** The Redocly rule (`bundler` for what bundling found). */
    rule: string;
    /** `file#pointer` or `file:line:column`. */
    location: string[];
    places: SpecPlace[];
  }
  /** Absolute path of the spec's root file. */
  export const specPath: string;
  /** Bundles a spec into one document whose `$ref`s all point inside it, applying only the given Redocly rules. */
  export function loadSpec(
    path?: string,
    options?: { rules?: Record<string, "error" | "warn" | "off"> },
  ): Promise<{ document: unknown; problems: SpecLoadProblem[]; warnings: SpecLoadProblem[] }>;
  /** Encodes path segments as a JSON pointer (`["paths", "/a"]` -> `/paths/~1a`). */
  export function toPointer(segments: readonly (string | number)[]): string;
  /** Decodes a JSON pointer (with or without a leading `#`) into its segments. */
  export function fromPointer(pointer: string): string[];
  /** The value at `pointer` inside `document` (own properties only), or `undefined`. */
  export function getAt(document: unknown, pointer: string): unknown;
}
