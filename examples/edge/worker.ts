// A Cloudflare Worker serving handleChat. Deploy with wrangler (`main = "worker.ts"`) after
// `wrangler secret put MAXTOKEN_API_KEY`; the key arrives as an env binding, never in a page.
import { Maxtoken } from "@maxtoken/browser";
import { handleChat } from "./chat.ts";

interface Env {
  MAXTOKEN_API_KEY: string;
  /** Optional: another API root, e.g. the mock server. */
  MAXTOKEN_BASE_URL?: string;
}

export default {
  fetch(request: Request, env: Env): Promise<Response> {
    const client = new Maxtoken({ apiKey: env.MAXTOKEN_API_KEY, baseURL: env.MAXTOKEN_BASE_URL });
    return handleChat(request, client);
  },
};
