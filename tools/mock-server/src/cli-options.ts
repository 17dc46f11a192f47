import { parseArgs } from "node:util";
import { parseFault } from "./faults/parse-fault.ts";
import type { MockServerOptions } from "./server.ts";

/** The text `--help` prints: every flag, the fault syntax and examples. */
export const HELP_TEXT = `Usage: maxtoken-mock-server [options]

A real HTTP server implementing an OpenAPI spec on loopback (the maxtoken chat completions API,
POST /v1/chat/completions, unless --spec names another), for tests, demos and offline work.
Prints its base URL and runs until Ctrl-C.

Options:
  --spec <file>       Serve this OpenAPI 3.x spec (YAML or JSON, $refs to other files
                      bundled) instead of the maxtoken spec
  --port <n>          Port to listen on (default 4010; 0 picks a free port)
  --host <host>       Interface to bind (default 127.0.0.1)
  --api-key <key>     Accept only this key in "Authorization: Bearer <key>"
                      (default: any non-empty key)
  --no-auth           Serve requests without an Authorization header too (like a
                      proxy that adds the key itself)
  --fault <spec>      Inject a fault into every request without an x-mock-fault header,
                      e.g. "status=503;fail-first=2" (syntax below)
  --no-fault-header   Ignore the x-mock-fault request header
  --latency <ms>      Wait before the first byte of every response (default 0)
  --chunk-delay <ms>  Wait between stream events (default 0)
  --seed <n>          Reply with seeded pseudo-random text instead of "You said: <message>"
  --quiet             Do not log one line per request
  --version           Print the version and exit
  --help              Print this help and exit

Every operation answers: the spec's example (pick one by name with the header or query
parameter x-mock-example), else a value built from the response schema; streams for
x-stream-flag operations; requests are checked against the spec (400 naming the field).

Chat replies: "You said: <last user message>" (or seeded text with --seed), one stream chunk per
word; max_tokens cuts it (finish_reason "length"), stop cuts before the first stop sequence
(finish_reason "stop"); usage counts words.

Faults (per request: header "x-mock-fault: <spec>"; per server: --fault <spec>), parts
separated by ";":
  status=<400-599>        answer this status with the spec's error body
  type=<t> code=<c> message=<m> param=<p>   fields of that error body
  retry-after=<s|date>    retry-after header      retry-after-ms=<ms>  retry-after-ms header
  x-should-retry=<bool>   x-should-retry header
  content-policy          400 content_policy_violation, code 503
  insufficient-balance    403 insufficient_balance   permission-denied  403 permission_error
  rate-limit              429 rate_limit_error       server-error       500 server_error
  latency=<ms>            wait before the first byte
  chunk-delay=<ms>        wait between stream events
  cut-after=<n>           cut the connection after n stream events (or n bytes of JSON)
  no-done                 end the stream after the finish chunk, without [DONE]
  no-finish               end the stream after the content, without finish chunk or [DONE]
  error-event-first       stream: an "event: error" first, then the end
  error-event-after=<n>   stream: n chunks, then an "event: error", then the end
  malformed-json          200 with a broken JSON body (stream: a broken first event)
  reset                   reset the connection before any response
  html-502                a non-JSON HTML 502 page (html + status=<s> for another status)
  fail-first=<n>          fault only the first n requests with the same key (header
                          x-mock-fault-key, else the fault string), then answer normally
  none                    no fault (overrides --fault for one request)

Examples:
  maxtoken-mock-server --port 4010
  maxtoken-mock-server --spec path/to/openapi.yaml
  curl -H "x-mock-fault: status=429;retry-after-ms=20" ...
  maxtoken-mock-server --fault "fail-first=2;status=503" --chunk-delay 20
`;

/** The flags the command line accepts (each is documented in {@link HELP_TEXT}). */
export const CLI_FLAGS = {
  spec: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  "api-key": { type: "string" },
  "no-auth": { type: "boolean" },
  fault: { type: "string" },
  "no-fault-header": { type: "boolean" },
  latency: { type: "string" },
  "chunk-delay": { type: "string" },
  seed: { type: "string" },
  quiet: { type: "boolean" },
  version: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/** What the command line asks for. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "serve"; options: MockServerOptions; quiet: boolean }
  | { kind: "error"; message: string };

function nonNegativeInteger(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`--${name} expects a non-negative integer, got "${value}"`);
  return Number(value);
}

/**
 * Reads the command line (`process.argv.slice(2)`) into server options. Unknown flags and bad
 * values give `{ kind: "error" }` with a message; the fault string is parsed here so a typo
 * fails at start-up.
 */
export function parseCliArgs(args: readonly string[]): CliCommand {
  try {
    const { values } = parseArgs({
      // `pnpm mock -- --port 4010` passes the `--` through: skip it.
      args: args[0] === "--" ? args.slice(1) : [...args],
      strict: true,
      allowPositionals: false,
      options: CLI_FLAGS,
    });
    if (values.help === true) return { kind: "help" };
    if (values.version === true) return { kind: "version" };
    const port = nonNegativeInteger("port", values.port) ?? 4010;
    if (port > 65535) throw new Error(`--port must be at most 65535, got ${port}`);
    const options: MockServerOptions = { port, host: values.host ?? "127.0.0.1" };
    if (values.spec !== undefined) {
      if (values.spec.trim() === "") throw new Error("--spec needs the path of an OpenAPI file");
      options.spec = values.spec;
    }
    if (values["api-key"] !== undefined) {
      if (values["api-key"].trim() === "") throw new Error("--api-key must not be empty");
      options.apiKey = values["api-key"];
    }
    if (values["no-auth"] === true) options.requireAuth = false;
    if (values.fault !== undefined) {
      parseFault(values.fault);
      options.faults = values.fault;
    }
    if (values["no-fault-header"] === true) options.faultHeader = false;
    const latency = nonNegativeInteger("latency", values.latency);
    if (latency !== undefined) options.latencyMs = latency;
    const chunkDelay = nonNegativeInteger("chunk-delay", values["chunk-delay"]);
    if (chunkDelay !== undefined) options.chunkDelayMs = chunkDelay;
    const seed = nonNegativeInteger("seed", values.seed);
    if (seed !== undefined) options.seed = seed;
    return { kind: "serve", options, quiet: values.quiet === true };
  } catch (error) {
    return { kind: "error", message: (error as Error).message };
  }
}
