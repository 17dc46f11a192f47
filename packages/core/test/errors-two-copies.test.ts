// `instanceof` must hold across two copies of the module (ESM + CJS builds, duplicated installs).
// Two independent copies are made twice: by re-importing the sources after vi.resetModules(), and
// by bundling the sources with esbuild into two files, one of them minified (mangled names).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, test, vi } from "vitest";

type Core = typeof import("../src/index.ts");

const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

async function bundledCopy(minify: boolean): Promise<Core> {
  const folder = await mkdtemp(join(tmpdir(), "maxtoken-core-copy-"));
  folders.push(folder);
  const result = await build({
    entryPoints: [join(import.meta.dirname, "../src/index.ts")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    minify,
    write: false,
  });
  const file = join(folder, "index.mjs");
  await writeFile(file, result.outputFiles[0]!.contents);
  return (await import(pathToFileURL(file).href)) as Core;
}

function checkAcross(a: Core, b: Core) {
  expect(a.APIError).not.toBe(b.APIError);
  const rateLimit = new a.RateLimitError("slow", { status: 429 });
  const server = new b.InternalServerError("boom", { status: 500 });
  const balance = new a.InsufficientBalanceError("poor", { status: 403 });
  const timeout = new b.APITimeoutError("late");
  const validation = new a.ValidationError([{ path: "x", rule: "r", message: "m" }]);

  expect(rateLimit instanceof b.RateLimitError).toBe(true);
  expect(rateLimit instanceof b.APIError).toBe(true);
  expect(rateLimit instanceof b.MaxtokenError).toBe(true);
  expect(rateLimit instanceof b.InternalServerError).toBe(false);
  expect(rateLimit instanceof b.StreamError).toBe(false);

  expect(server instanceof a.InternalServerError).toBe(true);
  expect(server instanceof a.APIError).toBe(true);
  expect(server instanceof a.RateLimitError).toBe(false);
  expect(server instanceof a.BadRequestError).toBe(false);

  expect(balance instanceof b.PermissionDeniedError).toBe(true);
  expect(balance instanceof b.InsufficientBalanceError).toBe(true);
  expect(new b.PermissionDeniedError("no", { status: 403 }) instanceof a.InsufficientBalanceError).toBe(false);

  expect(timeout instanceof a.APIConnectionError).toBe(true);
  expect(timeout instanceof a.APITimeoutError).toBe(true);
  expect(timeout instanceof a.APIError).toBe(false);
  expect(validation instanceof b.ValidationError).toBe(true);
  expect(validation instanceof b.APIUserAbortError).toBe(false);

  expect(new Error("plain") instanceof b.MaxtokenError).toBe(false);
  expect({ name: "APIError" } instanceof b.APIError).toBe(false);
  expect((null as unknown) instanceof b.MaxtokenError).toBe(false);
}

describe("instanceof across two copies of the module", () => {
  test("two module instances of the sources", async () => {
    vi.resetModules();
    const a = (await import("../src/index.ts")) as Core;
    vi.resetModules();
    const b = (await import("../src/index.ts")) as Core;
    checkAcross(a, b);
    checkAcross(b, a);
  });

  test("two bundles, one minified (class names mangled)", async () => {
    const a = await bundledCopy(true);
    const b = await bundledCopy(false);
    checkAcross(a, b);
    checkAcross(b, a);
    expect(new a.RateLimitError("x", { status: 429 }).name).toBe("RateLimitError");
  });

  test("a user's subclass without its own name is not confused with its parent", async () => {
    const { APIError } = await import("../src/index.ts");
    class MyError extends APIError {}
    expect(new APIError("x", { status: 400 }) instanceof MyError).toBe(false);
    expect(new MyError("x", { status: 400 }) instanceof APIError).toBe(true);
  });
});
