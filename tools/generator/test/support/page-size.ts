import { build } from "esbuild";
import { BROWSER_BUILD, gzipSize } from "../../../../config/browser-build.mjs";

/** A browser page's cost: minified bytes and gzip bytes. */
export interface PageSize {
  minified: number;
  gzip: number;
}

/**
 * Bundles `entry` (page code, resolved from `resolveDir`) as a user's bundler would ship it to a
 * browser, with core's sources, and measures it.
 */
export async function pageSize(entry: string, resolveDir: string): Promise<PageSize> {
  const result = await build({
    stdin: { contents: entry, loader: "ts", resolveDir },
    ...BROWSER_BUILD,
    conditions: ["@maxtoken/source"],
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.byteLength, gzip: gzipSize(code) };
}

/** A page that creates a base client and streams one chat completion through the standalone function. */
export function chatPage(clientBase: string, from: string): string {
  return `
    import { ${clientBase}, createChatCompletion } from ${JSON.stringify(from)};
    const client = new ${clientBase}({ baseURL: "/api" });
    const stream = await createChatCompletion(client, { model: "m", messages: [{ role: "user", content: "Hi" }], stream: true });
    for await (const chunk of stream) document.body.append(chunk.choices[0]?.delta?.content ?? "");
  `;
}
