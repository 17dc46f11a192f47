// The browser budget: a page that creates a client and iterates a stream must stay small. This
// bundles such a page (esbuild, minified, for browsers; core has no runtime dependencies) and
// checks its gzip size. The generated client adds to it; the page budget is 10 KB.
// The limit catches growth; bench/ reports the measured size and its largest inputs. Header
// parameters, parameter checks, text and raw answers and `asResponse()` added about 0.2 KB (form
// and bytes encoders are imported by the generated methods that send them: this page has none).
import { join } from "node:path";
import { build } from "esbuild";
import { expect, test } from "vitest";
import { BROWSER_BUILD, gzipSize } from "../../../config/browser-build.mjs";

// Raised from 8 KiB as the page came to carry parameter checks, text and raw answers, `asResponse()`
// and ChatStream (the class a generated chat call passes to core); issue 16 allowed up to 9 KiB.
const CORE_BUDGET_BYTES = 8.5 * 1024;

test(`a browser page with a client and a stream bundles under ${CORE_BUDGET_BYTES} bytes gzip`, async () => {
  const entry = `
    import { ChatStream } from ${JSON.stringify(join(import.meta.dirname, "../src/index.ts"))};
    import { BaseClient } from ${JSON.stringify(join(import.meta.dirname, "../src/internal.ts"))};
    class Client extends BaseClient {}
    const runtime = { runtime: "browser", runtimeVersion: navigator.userAgent, packageName: "@maxtoken/browser",
      readEnv: () => undefined, sendUserAgent: false, browser: true };
    const client = new Client({ baseURL: "/api" }, runtime);
    const stream = await client.request({ method: "post", path: "/chat/completions", body: { stream: true }, stream: true,
      streamTerminator: "[DONE]", streamClass: ChatStream });
    for await (const chunk of stream) document.body.append(chunk.choices[0]?.delta?.content ?? "");
  `;
  const result = await build({
    stdin: { contents: entry, loader: "ts", resolveDir: import.meta.dirname },
    ...BROWSER_BUILD,
    write: false,
  });
  const bytes = result.outputFiles[0]!.contents;
  const gzipped = gzipSize(bytes);
  console.info(`browser page: ${bytes.length} bytes minified, ${gzipped} bytes gzip`);
  expect(gzipped).toBeLessThan(CORE_BUDGET_BYTES);
});
