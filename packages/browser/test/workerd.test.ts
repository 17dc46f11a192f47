// The conformance suite (and the worker-only cases) in workerd, Cloudflare's Workers runtime,
// through miniflare: a Worker that bundles the BUILT @maxtoken/browser, takes its key from an
// env binding, and calls the mock server on 127.0.0.1. Web APIs only (no Node compatibility).
import { fileURLToPath } from "node:url";
import { conformanceCases } from "@maxtoken/conformance";
import {
  bundleWorker,
  type RunningMock,
  type RunningWorker,
  startMock,
  startWorker,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { workerCases } from "./workerd/worker-cases.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

let mock: RunningMock;
let worker: RunningWorker;

beforeAll(async () => {
  const script = await bundleWorker(here("workerd/worker-entry.ts"));
  mock = await startMock();
  worker = await startWorker({
    script,
    bindings: { MOCK_BASE_URL: mock.baseURL, MAXTOKEN_API_KEY: "sk-from-the-binding" },
  });
});

afterAll(async () => {
  await Promise.allSettled([worker?.close(), mock?.close()]);
});

describe("conformance (workerd)", () => {
  test("the Worker runs every case of the suite, from the built package", async () => {
    const names = await (await worker.fetch("/cases")).json();
    expect(names).toEqual([...conformanceCases, ...workerCases].map((conformanceCase) => conformanceCase.name));
  });

  for (const { name } of [...conformanceCases, ...workerCases]) {
    test(name, async () => {
      const response = await worker.fetch(`/run?case=${encodeURIComponent(name)}`);
      const { failure } = (await response.json()) as { failure: string | null };
      expect(failure).toBeNull();
    });
  }
});
