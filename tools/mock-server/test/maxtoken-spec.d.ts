// Types of @maxtoken/spec's load.mjs (a JavaScript module without declarations), for the tests.
declare module "@maxtoken/spec" {
  export const specPath: string;
  export function loadSpec(path?: string): Promise<{
    document: Record<string, any>;
    problems: Array<{ message: string; location: string[] }>;
  }>;
}
