// The two functions of `bun:test` that conformance.test.ts uses, so tsc can check it without
// @types/bun (Bun itself provides the module at run time).
declare module "bun:test" {
  export function test(name: string, body: () => unknown): void;
  export function expect(value: unknown): { toBe(expected: unknown): void };
}
