import { assert, assertRejects } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { delayFault } from "../fault.ts";
import { body, makeClient, since } from "../fixtures.ts";

export const timeoutCases: ConformanceCase[] = [
  {
    name: "timeout: headers later than `timeout` give APITimeoutError (an APIConnectionError)",
    async run(context) {
      const { client } = makeClient(context, { timeout: 300 });
      const start = Date.now();
      const error = await assertRejects(
        () => client.chat.completions.create(body(), { headers: delayFault(3_000) }),
        context.sdk.APITimeoutError,
        "slow headers",
      );
      assert(error instanceof context.sdk.APIConnectionError, "APITimeoutError is an APIConnectionError");
      assert(since(start) < 2_500, `timed out after ${since(start)} ms`);
    },
  },
  {
    name: "timeout: the per-request timeout overrides the client's",
    async run(context) {
      const { client } = makeClient(context, { timeout: 60_000 });
      await assertRejects(
        () => client.chat.completions.create(body(), { timeout: 300, headers: delayFault(3_000) }),
        context.sdk.APITimeoutError,
        "slow headers",
      );
    },
  },
  {
    name: "timeout: an aborted signal rejects a pending request with APIUserAbortError",
    async run(context) {
      const { client } = makeClient(context);
      const controller = new AbortController();
      const pending = client.chat.completions.create(body(), {
        signal: controller.signal,
        headers: delayFault(3_000),
      });
      setTimeout(() => controller.abort(), 100);
      await assertRejects(() => pending, context.sdk.APIUserAbortError, "aborted request");
    },
  },
];
