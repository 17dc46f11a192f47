import randexpModule from "randexp";

// randexp is CommonJS: under Node's ESM loader its default export is the class itself, while
// its declarations describe a module whose `default` is the class.
type RandExpClass = typeof randexpModule.default;
const RandExp = ((randexpModule as unknown as { default?: RandExpClass }).default ??
  randexpModule) as unknown as RandExpClass;

/**
 * The shortest plain string matching a regular expression (`^file-[0-9]+$` -> `file-0`),
 * deterministic: every choice takes its first option. `undefined` when the pattern cannot be
 * read or the result does not match (lookarounds, backreferences).
 */
export function stringMatching(pattern: string, minLength = 0): string | undefined {
  try {
    const generator = new RandExp(pattern);
    generator.randInt = (low: number) => low;
    generator.max = Math.max(minLength, 1);
    const text = generator.gen();
    return new RegExp(pattern, "u").test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}
