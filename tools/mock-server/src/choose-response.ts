import {
  isJsonMediaType,
  type SpecExample,
  type SpecMediaType,
  type SpecOperation,
  type SpecResponse,
} from "./operations.ts";

/** The request header (or query parameter) that names the spec example to answer with. */
export const EXAMPLE_HEADER = "x-mock-example";

/** What to answer an operation with. */
export interface ResponseChoice {
  /** The HTTP status. */
  status: number;
  /** The spec's response, when it declares one. */
  response: SpecResponse | undefined;
  /** The media type, or `undefined` for a response without a body. */
  media: SpecMediaType | undefined;
  /** The example to send, if the media type has one (the named one, else its first). */
  example: SpecExample | undefined;
  /** Whether to answer with server-sent events. */
  stream: boolean;
}

const EVENT_STREAM = "text/event-stream";

function bare(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}

function statusOf(key: string, fallback: number): number {
  if (/^\d{3}$/.test(key)) return Number(key);
  if (/^[1-5]XX$/i.test(key)) return Number(key[0]) * 100;
  return fallback;
}

/** The operation's success responses, the lowest status first (`2XX`, then `default`, after the numbered ones). */
export function successResponses(operation: SpecOperation): SpecResponse[] {
  const rank = (response: SpecResponse): number =>
    /^2\d\d$/.test(response.status) ? Number(response.status) : response.status.toUpperCase() === "2XX" ? 300 : 400;
  return operation.responses
    .filter((response) => /^2(\d\d|XX)$/i.test(response.status) || response.status === "default")
    .sort((a, b) => rank(a) - rank(b));
}

/** Whether a request asks for a stream: the `x-stream-flag` field is `true`, or the operation only streams. */
export function wantsStream(operation: SpecOperation, body: unknown): boolean {
  if (operation.streamFlag !== undefined) {
    return (body as Record<string, unknown> | null | undefined)?.[operation.streamFlag] === true;
  }
  const [success] = successResponses(operation);
  return (
    success !== undefined &&
    success.contents.length > 0 &&
    success.contents.every((media) => bare(media.mediaType) === EVENT_STREAM)
  );
}

function accepts(accept: string | undefined, mediaType: string): boolean {
  if (accept === undefined) return false;
  const wanted = bare(mediaType);
  return accept.split(",").some((part) => {
    const range = bare(part);
    return range === wanted || (range.endsWith("/*") && range !== "*/*" && wanted.startsWith(range.slice(0, -1)));
  });
}

function pickMedia(
  contents: readonly SpecMediaType[],
  stream: boolean,
  accept: string | undefined,
): SpecMediaType | undefined {
  if (stream) return contents.find((media) => bare(media.mediaType) === EVENT_STREAM) ?? contents[0];
  const plain = contents.filter((media) => bare(media.mediaType) !== EVENT_STREAM);
  const candidates = plain.length > 0 ? plain : contents;
  return (
    candidates.find((media) => accepts(accept, media.mediaType)) ??
    candidates.find((media) => isJsonMediaType(media.mediaType)) ??
    candidates[0]
  );
}

/**
 * Chooses the answer: the operation's first success response and, in it, the media type the
 * request asks for (a stream, or by `Accept`), with its first example. A named example
 * (`x-mock-example`) is looked up in the success response first, then in the others (an error
 * example answers with its status); an unknown name gives the names there are.
 */
export function chooseResponse(
  operation: SpecOperation,
  request: { stream: boolean; accept: string | undefined; exampleName: string | undefined },
): ResponseChoice | { unknownExample: string; known: string[] } {
  const [success] = successResponses(operation);
  if (request.exampleName !== undefined) {
    const ordered = [
      ...(success === undefined ? [] : [success]),
      ...operation.responses.filter((entry) => entry !== success),
    ];
    for (const response of ordered) {
      const contents =
        response === success && request.stream
          ? response.contents.filter((media) => bare(media.mediaType) === EVENT_STREAM)
          : response.contents;
      for (const media of contents) {
        const example = media.examples.find((entry) => entry.name === request.exampleName);
        if (example === undefined) continue;
        const stream = bare(media.mediaType) === EVENT_STREAM;
        return {
          status: statusOf(response.status, response === success ? 200 : 500),
          response,
          media,
          example,
          stream,
        };
      }
    }
    const known = [
      ...new Set(
        operation.responses.flatMap((response) =>
          response.contents.flatMap((media) => media.examples.map((entry) => entry.name)),
        ),
      ),
    ];
    return { unknownExample: request.exampleName, known };
  }
  if (success === undefined)
    return { status: 204, response: undefined, media: undefined, example: undefined, stream: false };
  const media = pickMedia(success.contents, request.stream, request.accept);
  return {
    status: statusOf(success.status, 200),
    response: success,
    media,
    example: media?.examples[0],
    stream: media !== undefined && bare(media.mediaType) === EVENT_STREAM,
  };
}
