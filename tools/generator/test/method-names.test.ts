// Method names derived from the path and the HTTP method.
import { describe, expect, it } from "vitest";
import type { ClientMethod } from "../src/api-model.ts";
import { deriveMethod } from "../src/build-model.ts";

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
