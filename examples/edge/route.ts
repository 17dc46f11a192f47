// A Next.js route handler (app/api/chat/route.ts) on the Edge runtime, which is also how Vercel
// runs it as an Edge Function. The key comes from the deployment's environment variables.
import { Maxtoken } from "@maxtoken/browser";
import { handleChat } from "./chat.ts";

export const runtime = "edge";

export function POST(request: Request): Promise<Response> {
  const client = new Maxtoken({ apiKey: process.env.MAXTOKEN_API_KEY, baseURL: process.env.MAXTOKEN_BASE_URL });
  return handleChat(request, client);
}
