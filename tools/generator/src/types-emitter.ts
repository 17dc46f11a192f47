import type { ApiModel } from "./api-model.ts";

/** Renders `types.gen.ts` for a model; openapi-typescript (and TypeScript) load on first use. */
export interface TypesEmitter {
  emit(model: ApiModel, header: string): Promise<string>;
}

/**
 * A types emitter whose module starts loading now. The CLI creates it before anything else, so
 * that loading openapi-typescript (~1.3 s, most of a run) overlaps with loading and bundling the
 * spec: module resolution and loading run on the loader thread while this one evaluates.
 */
export function typesEmitter(): TypesEmitter {
  const module = import("./emit/types.ts");
  module.catch(() => {}); // reported by emit()
  return { emit: async (model, header) => (await module).emitTypes(model, header) };
}
