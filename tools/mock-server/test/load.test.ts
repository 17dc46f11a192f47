// Bounded load: 200 concurrent streams and 10,000 sequential requests, with no error and no
// socket left open afterwards. Memory and throughput belong in bench/.
import { Agent, request } from "node:http";
import { beforeAll, describe, expect, it } from "vitest";
import type { MockServer } from "../src/index.ts";
import { loadConformance } from "./helpers/conformance.ts";
import { chatBody, send } from "./helpers/http.ts";
import { useMockServer } from "./helpers/server.ts";

const mock = useMockServer();
let server: MockServer;
let opened = 0;

beforeAll(() => {
  server = mock.current;
  server.server.on("connection", () => opened++);
});

async function expectNoSocketLeft(): Promise<void> {
  await expect.poll(() => server.openConnections(), { timeout: 5_000, interval: 20 }).toBe(0);
}

describe("load", () => {
  it("serves 200 concurrent streams without an error", async () => {
    const conformance = await loadConformance();
    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    opened = 0;
    try {
      const started = performance.now();
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, index) =>
          send(server.origin, {
            agent,
            body: chatBody({ messages: [{ role: "user", content: `stream number ${index}` }], stream: true }),
            headers: { "x-mock-fault": "chunk-delay=5" },
          }),
        ),
      );
      const elapsed = performance.now() - started;
      for (const [index, result] of results.entries()) {
        expect(result.error).toBeUndefined();
        expect(result.status).toBe(200);
        expect(result.complete).toBe(true);
        conformance.expectConformingResponse(result);
        const events = result.events();
        expect(events.at(-1)!.data).toBe("[DONE]");
        const text = events
          .slice(0, -1)
          .map((event) => JSON.parse(event.data).choices[0].delta.content ?? "")
          .join("");
        expect(text).toBe(`You said: stream number ${index}`);
      }
      // They ran at the same time: a keep-alive agent reuses a free socket, so 200 sockets means
      // 200 requests were in flight together.
      expect(opened).toBe(200);
      expect(elapsed).toBeLessThan(30_000);
      expect(await server.openConnections()).toBe(200); // idle keep-alive sockets, until the client lets go
    } finally {
      agent.destroy();
    }
    await expectNoSocketLeft();
  });

  it("serves 10,000 sequential requests without an error", { timeout: 60_000 }, async () => {
    const conformance = await loadConformance();
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    opened = 0;
    let failures = 0;
    try {
      for (let index = 0; index < 10_000; index++) {
        const streamed = index % 10 === 0;
        const result = await send(server.origin, { agent, body: chatBody(streamed ? { stream: true } : {}) });
        if (result.status !== 200 || result.error !== undefined || !result.complete) failures++;
        if (index % 500 === 0) conformance.expectConformingResponse(result);
      }
    } finally {
      agent.destroy();
    }
    expect(failures).toBe(0);
    expect(opened).toBeLessThanOrEqual(3); // one kept-alive socket, reused
    await expectNoSocketLeft();
  });

  it("closes the sockets of clients that go away mid-stream", async () => {
    const agent = new Agent({ keepAlive: false });
    await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<void>((resolve) => {
            const outgoing = request(
              `${server.url}/chat/completions`,
              { method: "POST", agent, headers: { authorization: "Bearer k", "x-mock-fault": "chunk-delay=50" } },
              (incoming) => {
                incoming.once("data", () => {
                  outgoing.destroy();
                  resolve();
                });
              },
            );
            outgoing.on("error", () => resolve());
            outgoing.end(JSON.stringify(chatBody({ stream: true })));
          }),
      ),
    );
    await expectNoSocketLeft();
  });
});
