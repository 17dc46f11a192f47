import { createHash } from "node:crypto";
import { chooseResponse, EXAMPLE_HEADER } from "./choose-response.ts";
import { errorBodyFor, sendSpecError, validationStatus } from "./error-response.ts";
import { isJsonMediaType, type SpecExample } from "./operations.ts";
import type { RequestContext } from "./request-context.ts";
import { sendBodyWithFaults } from "./send.ts";
import type { ServedSpec } from "./served-spec.ts";
import { writeEventStream } from "./stream-response.ts";
import { synthesize } from "./synthesize.ts";

/** How many events a stream synthesised from a schema carries (before the terminator). */
const SYNTHESISED_EVENTS = 3;

/** Response headers the server sets itself, never from the spec's declarations. */
const OWN_HEADERS = new Set(["content-type", "content-length", "x-request-id", "transfer-encoding", "connection"]);

function bare(mediaType: string): string {
  return mediaType.split(";")[0]!.trim().toLowerCase();
}

/** The concrete content type of a declared media type: `image/*` -> `image/png`, `*\/*` -> bytes. */
function concreteType(mediaType: string): string {
  const type = bare(mediaType);
  if (type === "*/*") return "application/octet-stream";
  if (type === "image/*") return "image/png";
  if (type.endsWith("/*")) return `${type.slice(0, -2)}/octet-stream`;
  return type.startsWith("text/") ? `${type}; charset=utf-8` : type;
}

/** Deterministic bytes for a binary response without an example: a digest stream of the operation id. */
function syntheticBytes(seed: string): Buffer {
  const blocks: Buffer[] = [];
  for (let index = 0; index < 8; index++) blocks.push(createHash("sha256").update(`${seed}:${index}`).digest());
  return Buffer.concat(blocks);
}

/**
 * Answers from the spec alone: the response {@link chooseResponse} picks, with its example (the
 * named one, else the first that is valid against the schema) or a value synthesised from its schema; server-sent events for a stream (the media type's examples,
 * else three synthesised events, then the `x-stream-terminator`); text and bytes with the
 * declared content type; no body for a 204 or a response without content. The body and stream
 * faults apply.
 */
export async function answerFromSpec(context: RequestContext, spec: ServedSpec): Promise<void> {
  const { operation, request, response, fault } = context;
  const named = request.headers[EXAMPLE_HEADER];
  const exampleName =
    (Array.isArray(named) ? named[0] : named) ?? context.url.searchParams.get(EXAMPLE_HEADER) ?? undefined;
  const choice = chooseResponse(operation, {
    stream: context.stream,
    accept: request.headers.accept,
    exampleName,
  });
  if ("unknownExample" in choice) {
    const known = choice.known.length === 0 ? "it has none" : `it has ${choice.known.join(", ")}`;
    sendSpecError(response, spec, operation, validationStatus(operation), {
      message: `Unknown example "${choice.unknownExample}" in ${EXAMPLE_HEADER} for ${operation.operationId}: ${known}.`,
      param: EXAMPLE_HEADER,
    });
    return;
  }
  const headers: Record<string, string> = {};
  for (const header of choice.response?.headers ?? []) {
    if (!header.required || OWN_HEADERS.has(header.name) || header.schemaPointer === undefined) continue;
    const value = synthesize(spec.document, spec.validator, header.schemaPointer, { direction: "response" });
    headers[header.name] = typeof value === "string" ? value : JSON.stringify(value);
  }
  const { media } = choice;
  if (media === undefined) {
    response.writeHead(
      choice.status,
      choice.status === 204 || choice.status === 304 ? headers : { ...headers, "content-length": "0" },
    );
    response.end();
    return;
  }
  const valueFor = (variant: number): unknown =>
    media.schemaPointer === undefined
      ? {}
      : synthesize(spec.document, spec.validator, media.schemaPointer, { direction: "response", variant });

  // Unless one is named, only examples valid against the schema are sent (real specs carry some
  // that are not): the answer stays valid, and a spec without a valid one gets a built value.
  const fits = (candidate: SpecExample): boolean =>
    media.schemaPointer === undefined ||
    (!isJsonMediaType(media.mediaType) && bare(media.mediaType) !== "text/event-stream") ||
    spec.validator.validate(media.schemaPointer, candidate.value) === null;
  const examples =
    exampleName !== undefined ? (choice.example === undefined ? [] : [choice.example]) : media.examples.filter(fits);
  const example = examples[0];

  if (choice.stream) {
    const payloads =
      examples.length > 0
        ? examples.map((entry) => entry.value)
        : Array.from({ length: SYNTHESISED_EVENTS }, (_, index) => valueFor(index));
    await writeEventStream(
      response,
      {
        chunks: payloads.slice(0, -1),
        finish: payloads.at(-1),
        terminator: operation.streamTerminator,
        errorBody: errorBodyFor(spec, operation, fault.status ?? 500, fault),
      },
      fault,
      context.chunkDelayMs,
      context.signal,
    );
    return;
  }
  const contentType = concreteType(media.mediaType);
  const value = example !== undefined ? example.value : valueFor(0);
  let body: string | Buffer;
  if (isJsonMediaType(contentType)) body = JSON.stringify(value);
  else if (contentType.startsWith("text/") || bare(contentType).endsWith("xml"))
    body = typeof value === "string" ? value : JSON.stringify(value);
  else
    body =
      typeof value === "string" && example !== undefined ? Buffer.from(value) : syntheticBytes(operation.operationId);
  sendBodyWithFaults(response, choice.status, contentType, body, fault, headers);
}
