// Next.js (App Router): save as app/api/maxtoken/[...path]/route.ts. The page's client uses
// `new Maxtoken({ baseURL: "/api/maxtoken/v1" })`. Route handlers are plain Request -> Response.
import { createProxy } from "@maxtoken/node";
import { policy } from "./policy.ts";

const proxy = createProxy({
  apiKey: process.env.MAXTOKEN_API_KEY ?? "",
  baseURL: process.env.MAXTOKEN_BASE_URL,
  basePath: "/api/maxtoken/v1",
  policy,
});

export const GET = proxy;
export const POST = proxy;
export const OPTIONS = proxy;
