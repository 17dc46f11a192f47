// Method names derived from the path and the HTTP method.
import { describe, expect, it } from "vitest";
import type { ClientMethod } from "../src/api-model.ts";
import { deriveMethod } from "../src/model/operation-name.ts";

describe("deriveMethod, for a path with one operation and nothing below it", () => {
  const leaf = { operationCount: 1, hasChildren: false, listsItems: false };
  it.each<[ClientMethod, string, string]>([
    ["get", "/files/{file_id}/content", "files.content"],
    ["post", "/fine_tuning/jobs/{job_id}/cancel", "fineTuning.jobs.cancel"],
    ["post", "/uploads/{upload_id}/parts", "uploads.parts.create"],
    ["get", "/threads/{thread_id}/messages", "threads.messages.list"],
  ])("%s %s -> client.%s", (method, path, expected) => {
    const derived = deriveMethod(method, path, leaf);
    expect(derived && [...derived.namespace, derived.methodName].join(".")).toBe(expected);
  });

  it("a GET that lists items, or a path with several operations or children, is a collection", () => {
    const name = (shape: typeof leaf) => {
      const derived = deriveMethod("get", "/files/{file_id}/content", shape)!;
      return [...derived.namespace, derived.methodName].join(".");
    };
    expect(name({ ...leaf, listsItems: true })).toBe("files.content.list");
    expect(name({ ...leaf, operationCount: 2 })).toBe("files.content.list");
    expect(name({ ...leaf, hasChildren: true })).toBe("files.content.list");
  });
});

describe("deriveMethod", () => {
  it.each<[ClientMethod, string, string | undefined]>([
    ["post", "/chat/completions", "chat.completions.create"],
    ["get", "/models", "models.list"],
    ["get", "/models/{model_id}", "models.retrieve"],
    ["post", "/models/{model_id}", "models.update"],
    ["put", "/models/{model_id}", "models.update"],
    ["patch", "/models/{model_id}", "models.update"],
    ["delete", "/models/{model_id}", "models.delete"],
    ["get", "/models/{model_id}/versions", "models.versions.list"],
    ["get", "/fine-tuning/jobs/{job_id}", "fineTuning.jobs.retrieve"],
    ["get", "/vector_stores", "vectorStores.list"],
    ["get", "/{id}", undefined],
  ])("%s %s -> client.%s", (method, path, expected) => {
    const derived = deriveMethod(method, path);
    expect(derived && [...derived.namespace, derived.methodName].join(".")).toBe(expected);
  });
});
