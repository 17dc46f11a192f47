import { assert, assertEqual } from "../assert.ts";
import type { ConformanceCase } from "../context.ts";
import { body, makeClient } from "../fixtures.ts";

export const withResponseCases: ConformanceCase[] = [
  {
    name: "withResponse(): data, the raw Response and the request id",
    async run(context) {
      const { client } = makeClient(context);
      const promise = client.chat.completions.create(body());
      assert(promise instanceof context.sdk.APIPromise, "create() returns an APIPromise");
      const { data, response, requestId } = await promise.withResponse();
      assertEqual(data.object, "chat.completion", "data.object");
      assertEqual(response.status, 200, "response.status");
      assert(typeof requestId === "string" && requestId.length > 0, "requestId is readable");
      assertEqual(requestId, response.headers.get("x-request-id"), "requestId is x-request-id");
    },
  },
  {
    name: "withResponse(): a stream request gives the Stream with the response",
    async run(context) {
      const { client } = makeClient(context);
      const { data, response, requestId } = await client.chat.completions.create(body({ stream: true })).withResponse();
      assert(data instanceof context.sdk.ChatStream, "data is a ChatStream (a Stream of chat chunks)");
      assertEqual(response.headers.get("content-type")?.split(";")[0], "text/event-stream", "content-type");
      assert(typeof requestId === "string" && requestId.length > 0, "requestId is readable");
      const text = await data.finalText();
      assert(text.length > 0, "the stream has text");
    },
  },
];
