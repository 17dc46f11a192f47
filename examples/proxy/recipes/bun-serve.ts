// Bun: `bun run bun-serve.ts` serves this default export (Bun.serve's options) on port 8787.
// The page's client uses `new Maxtoken({ baseURL: "https://your-proxy.example/v1" })`.
import { createProxy } from "@maxtoken/node";
import { policy } from "./policy.ts";

export default {
  port: 8787,
  fetch: createProxy({ apiKey: process.env.MAXTOKEN_API_KEY ?? "", baseURL: process.env.MAXTOKEN_BASE_URL, policy }),
};
