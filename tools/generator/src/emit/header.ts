/** The first line of every generated file (the second mark, beside the `.gen.ts` suffix). */
export function generatedHeader(specLabel: string): string {
  return `// Generated from ${specLabel} by tools/generator. Do not edit: change the spec and run \`pnpm generate\`.`;
}
