// Bundled by test/workerd.test.ts into one Worker module, as Cloudflare's tooling would bundle a
// user's Worker: the BUILT @maxtoken/browser (its ESM entry and core's, resolved by package name),
// the conformance suite and the worker-only cases. GET /cases lists the cases; GET /run?case=<name>
// runs one and answers { failure: string | null }. The shapes cases (multipart uploads, binary and
// text answers through the shapes fixture's generated client) are listed by GET /shape-cases and
// run by GET /run-shape?case=<name> against the mock server on the shapes spec.

import * as sdk from "@maxtoken/browser";
import { conformanceCases, failureText, shapeCases } from "@maxtoken/conformance";
import { type WorkerContext, workerCases } from "./worker-cases.ts";

interface Env {
  /** The mock server's API root on 127.0.0.1. */
  MOCK_BASE_URL: string;
  MAXTOKEN_API_KEY: string;
  /** The mock server on the shapes fixture spec, on 127.0.0.1. */
  SHAPES_BASE_URL: string;
}

const cases: Array<{ name: string; run(context: WorkerContext): Promise<void> }> = [
  ...conformanceCases,
  ...workerCases,
];

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/cases") return Response.json(cases.map((conformanceCase) => conformanceCase.name));
    if (url.pathname === "/shape-cases") return Response.json(shapeCases.map((shapeCase) => shapeCase.name));
    if (url.pathname === "/run-shape") {
      const shapeCase = shapeCases.find((candidate) => candidate.name === url.searchParams.get("case"));
      if (!shapeCase) return Response.json({ failure: "no such shapes case" }, { status: 404 });
      try {
        await shapeCase.run({ baseURL: env.SHAPES_BASE_URL });
        return Response.json({ failure: null });
      } catch (error) {
        return Response.json({ failure: failureText(error) });
      }
    }
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
      return Response.json({ failure: failureText(error) });
    }
  },
};
