// The conformance suite (with the worker-only cases and the shapes cases) in workerd, Cloudflare's Workers runtime,
// through miniflare: a Worker that bundles the BUILT @maxtoken/browser, takes its key from an
// env binding, and calls the mock server on 127.0.0.1. Web APIs only (no Node compatibility).
import { fileURLToPath } from "node:url";
import { conformanceCases, shapeCases } from "@maxtoken/conformance";
import {
  bundleWorker,
  type RunningMock,
  type RunningWorker,
  startMock,
  startShapesMock,
  startWorker,
} from "@maxtoken/conformance/harness";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { workerCases } from "./workerd/worker-cases.ts";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

let mock: RunningMock;
let shapesMock: RunningMock;
let worker: RunningWorker;

beforeAll(async () => {
  const script = await bundleWorker(here("workerd/worker-entry.ts"));
  [mock, shapesMock] = await Promise.all([startMock(), startShapesMock()]);
  worker = await startWorker({
    script,
    bindings: {
      MOCK_BASE_URL: mock.baseURL,
      MAXTOKEN_API_KEY: "sk-from-the-binding",
      SHAPES_BASE_URL: shapesMock.baseURL,
    },
  });
});

afterAll(async () => {
  await Promise.allSettled([worker?.close(), mock?.close(), shapesMock?.close()]);
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

// Multipart uploads and binary downloads from a Worker: workerd's own FormData, Blob, File and
// streams, through the shapes fixture's generated client.
describe("shapes (workerd)", () => {
  test("the Worker runs every shapes case", async () => {
    expect(await (await worker.fetch("/shape-cases")).json()).toEqual(shapeCases.map((shapeCase) => shapeCase.name));
  });

  for (const { name } of shapeCases) {
    test(name, async () => {
      const response = await worker.fetch(`/run-shape?case=${encodeURIComponent(name)}`);
      const { failure } = (await response.json()) as { failure: string | null };
      expect(failure).toBeNull();
    });
  }
});
