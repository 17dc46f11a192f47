// Bundled for the test page: the conformance suite and the browser-only cases. The SDK is not
// in here: the page imports it from the self-contained dist/maxtoken.browser.js.
import { conformanceCases, type SdkModule } from "@maxtoken/conformance";
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
    return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
  }
}
