// Bundled for the test page: the conformance suite, the browser-only cases and the shapes cases.
// The SDK is not in here: the page imports it from the self-contained dist/maxtoken.browser.js.
// The shapes cases bring their own client, generated from the generator's shapes fixture.
import { conformanceCases, failureText, type SdkModule, shapeCases } from "@maxtoken/conformance";
import { type BrowserContext, browserCases } from "./browser-cases.ts";

const cases: Array<{ name: string; run(context: BrowserContext): Promise<void> }> = [
  ...conformanceCases,
  ...browserCases,
];

export const caseNames = cases.map((conformanceCase) => conformanceCase.name);

/** Runs one case; resolves with the failure text, or `null` when it passed. */
export async function runCase(sdk: SdkModule, name: string, baseURL: string, proxyURL: string): Promise<string | null> {
  const conformanceCase = cases.find((candidate) => candidate.name === name);
  if (!conformanceCase) return `no case named ${name}`;
  try {
    await conformanceCase.run({ sdk, baseURL, proxyURL, runtime: "browser", packageName: "@maxtoken/browser" });
    return null;
  } catch (error) {
    return failureText(error);
  }
}

export const shapeCaseNames = shapeCases.map((shapeCase) => shapeCase.name);

/** Runs one shapes case against the mock server serving the shapes spec; the failure text, or `null`. */
export async function runShapeCase(name: string, baseURL: string): Promise<string | null> {
  const shapeCase = shapeCases.find((candidate) => candidate.name === name);
  if (!shapeCase) return `no shapes case named ${name}`;
  try {
    await shapeCase.run({ baseURL });
    return null;
  } catch (error) {
    return failureText(error);
  }
}
