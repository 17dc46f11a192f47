/** One test case of a JUnit XML report: its name and its failure text (`null`: it passed). */
export interface JUnitCase {
  name: string;
  failure: string | null;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (entity, decimal, hex, name) =>
    decimal
      ? String.fromCodePoint(Number(decimal))
      : hex
        ? String.fromCodePoint(Number.parseInt(hex, 16))
        : (ENTITIES[name] ?? entity),
  );
}

/**
 * The test cases of a JUnit XML report, as `bun test --reporter=junit` and
 * `deno test --reporter=junit` write them, in report order. A case with a `<failure>` or
 * `<error>` element failed; one with `<skipped>` counts as failed too (the suites never skip).
 */
export function parseJUnit(xml: string): JUnitCase[] {
  const cases: JUnitCase[] = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const name = /\bname="([^"]*)"/.exec(match[1] ?? "")?.[1];
    if (name === undefined) continue;
    const body = match[2] ?? "";
    const problem = /<(failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/.exec(body);
    let failure: string | null = null;
    if (problem) {
      const message = /\bmessage="([^"]*)"/.exec(problem[2] ?? "")?.[1] ?? "";
      failure = unescapeXml(problem[3] || message || problem[1]!);
    } else if (/<skipped\b/.test(body)) {
      failure = "skipped";
    }
    cases.push({ name: unescapeXml(name), failure });
  }
  return cases;
}
