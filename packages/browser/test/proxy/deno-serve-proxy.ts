// The proxy as a Deno app serves it: `Deno.serve(createProxy(...))`, from @maxtoken/browser (the
// package edge runtimes use). Arguments: the upstream API root and the page origin allowed by
// CORS; the key comes from the environment. Prints `listening <port>`, then one line per request.
import { createProxy } from "@maxtoken/browser";

const [upstream, pageOrigin] = Deno.args;
const proxy = createProxy({
  apiKey: Deno.env.get("PROXY_TEST_API_KEY") ?? "",
  baseURL: upstream,
  cors: { origins: [pageOrigin!] },
  policy: ({ request }) => ({ caller: request.headers.get("x-app-session"), models: ["claude-opus-4-6"] }),
  logger: console,
});

Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: ({ port }) => console.log(`listening ${port}`) }, proxy);
