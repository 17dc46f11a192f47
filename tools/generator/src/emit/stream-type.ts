import type { ApiModel, OperationModel } from "../api-model.ts";
import { resolveSchema } from "../model/schema-refs.ts";
import type { Schema } from "../openapi-document.ts";

/** How a streaming operation's events are handed out: the core class and the type the method returns. */
export interface StreamType {
  /** `"ChatStream"` for chat completion chunks, else `"Stream"`. */
  className: "ChatStream" | "Stream";
  /** `ChatStream<Event, Answer>` or `Stream<Event>`. */
  type: string;
}

/**
 * A streaming operation gets core's `ChatStream` (with `finalChatCompletion()` and `finalText()`)
 * when its events are chat chunks and its JSON answer is the completion they add up to: the
 * event schema has `choices[]` items with `index` and `delta`, the answer's has `choices[]` items
 * with `message`. Any other stream is a plain `Stream` of its events, without accumulation.
 * (`ChatStream`'s bounds in core say the same thing, so a wrong choice would not compile.)
 */
export function streamType(model: ApiModel, operation: OperationModel): StreamType | undefined {
  if (operation.stream === undefined) return undefined;
  const { eventType } = operation.stream;
  const [answer, ...others] = operation.responseTypes;
  const chat =
    answer !== undefined &&
    others.length === 0 &&
    choiceHas(model, eventType, ["index", "delta"]) &&
    choiceHas(model, answer, ["message"]);
  return chat
    ? { className: "ChatStream", type: `ChatStream<${eventType}, ${answer}>` }
    : { className: "Stream", type: `Stream<${eventType}>` };
}

/** Whether the named schema has a `choices` array whose items declare every one of `fields`. */
function choiceHas(model: ApiModel, typeName: string, fields: string[]): boolean {
  const resolve = (schema: Schema | undefined) => resolveSchema(model.document, schema);
  const schema = resolve(model.document.components?.schemas?.[typeName]);
  const choices = resolve(schema?.properties?.choices);
  const items = resolve(choices?.items as Schema | undefined);
  return [choices?.type].flat().includes("array") && fields.every((field) => items?.properties?.[field] !== undefined);
}
