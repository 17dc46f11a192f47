// Bundled by test/workerd.test.ts into one Worker module, as Cloudflare's tooling would bundle a
// user's Worker: the BUILT @maxtoken/browser (its ESM entry and core's, resolved by package name),
// the conformance suite and the worker-only cases. GET /cases lists the cases; GET /run?case=<name>
// runs one and answers { failure: string | null }.

import * as sdk from "@maxtoken/browser";
import { conformanceCases } from "@maxtoken/conformance";
import { type WorkerContext, workerCases } from "./worker-cases.ts";

interface Env {
  /** The mock server's API root on 127.0.0.1. */
  MOCK_BASE_URL: string;
  MAXTOKEN_API_KEY: string;
}

const cases: Array<{ name: string; run(context: WorkerContext): Promise<void> }> = [
  ...conformanceCases,
  ...workerCases,
];

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/cases") return Response.json(cases.map((conformanceCase) => conformanceCase.name));
    const name = url.searchParams.get("case");
    const conformanceCase = cases.find((candidate) => candidate.name === name);
    if (!conformanceCase) return Response.json({ failure: `no case named ${name}` }, { status: 404 });
    try {
      await conformanceCase.run({
        sdk,
        baseURL: env.MOCK_BASE_URL,
        runtime: "worker",
        packageName: "@maxtoken/browser",
        apiKey: env.MAXTOKEN_API_KEY,
      });
      return Response.json({ failure: null });
    } catch (error) {
      const failure = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ""}` : String(error);
      return Response.json({ failure });
    }
  },
};
