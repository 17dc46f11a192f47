import { assertEqual, assertRejects } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { statusFault } from "../fault.ts";
import { body, makeClient } from "../fixtures.ts";

function retryCase(status: number, stream: boolean): ConformanceCase {
  return {
    name: `retries: a ${status} on the first attempt is retried and the${stream ? " stream" : ""} request succeeds`,
    async run(context) {
      // retry-after-ms from the mock keeps the wait short; maxRetries 2 is the default.
      const { client, calls } = makeClient(context, { maxRetries: 2 });
      const { data, response } = await client.chat.completions
        .create(body(stream ? { stream: true } : {}), { headers: statusFault(status, { times: 1 }) })
        .withResponse();
      assertEqual(calls.length, 2, "fetch calls");
      assertEqual(response.status, 200, "final status");
      if (stream) {
        let chunks = 0;
        for await (const _chunk of data) chunks++;
        assertEqual(chunks > 0, true, "the retried stream yields chunks");
      } else {
        assertEqual(data.object, "chat.completion", "object");
      }
    },
  };
}

export const retryCases: ConformanceCase[] = [
  retryCase(429, false),
  retryCase(503, false),
  retryCase(503, true),
  {
    name: "retries: gives up after maxRetries and reports the attempts",
    async run(context) {
      const { client, calls } = makeClient(context, { maxRetries: 1 });
      const error = await assertRejects(
        () => client.chat.completions.create(body(), { headers: statusFault(503) }),
        context.sdk.InternalServerError,
        "always 503",
      );
      assertEqual(calls.length, 2, "fetch calls");
      assertEqual(error.attempts, 2, "attempts");
    },
  },
  {
    name: "retries: a 400 is not retried",
    async run(context) {
      const { client, calls } = makeClient(context, { maxRetries: 2 });
      await assertRejects(
        () => client.chat.completions.create(body(), { headers: statusFault(400) }),
        context.sdk.BadRequestError,
        "400",
      );
      assertEqual(calls.length, 1, "fetch calls");
    },
  },
];
