import { assert, assertEqual, assertRejects } from "../assert.ts";
import type { ConformanceCase, SdkModule } from "../context.ts";
import { statusFault } from "../fault.ts";
import { body, makeClient, TEST_API_KEY } from "../fixtures.ts";

interface ErrorRow {
  status: number;
  type?: string;
  /** The class the SDK must throw, and the classes it must also be an instance of. */
  classes: Array<keyof SdkModule>;
}

const rows: ErrorRow[] = [
  { status: 400, classes: ["BadRequestError"] },
  { status: 400, type: "content_policy_violation", classes: ["ContentPolicyViolationError", "BadRequestError"] },
  { status: 401, classes: ["AuthenticationError"] },
  { status: 403, type: "permission_error", classes: ["PermissionDeniedError"] },
  { status: 403, type: "insufficient_balance", classes: ["InsufficientBalanceError", "PermissionDeniedError"] },
  { status: 404, classes: ["NotFoundError"] },
  { status: 422, classes: ["UnprocessableEntityError"] },
  { status: 429, classes: ["RateLimitError"] },
  { status: 500, classes: ["InternalServerError"] },
];

function errorCase(row: ErrorRow, stream: boolean): ConformanceCase {
  const [expected] = row.classes;
  const label = `${row.status}${row.type ? ` ${row.type}` : ""}`;
  return {
    name: `errors: ${label} -> ${expected}${stream ? " (stream request)" : ""}, with status, requestId and body`,
    async run(context) {
      const { client } = makeClient(context);
      const ErrorClass = context.sdk[expected!] as typeof context.sdk.APIError;
      const error = await assertRejects(
        () =>
          client.chat.completions.create(body(stream ? { stream: true } : {}), {
            headers: statusFault(row.status, row.type ? { type: row.type } : {}),
          }),
        ErrorClass,
        `HTTP ${label}`,
      );
      for (const name of row.classes) {
        assert(error instanceof (context.sdk[name] as typeof context.sdk.APIError), `is a ${String(name)}`);
      }
      assert(error instanceof context.sdk.APIError, "is an APIError");
      assert(error instanceof context.sdk.MaxtokenError, "is a MaxtokenError");
      assertEqual(error.name, expected, "name");
      assertEqual(error.status, row.status, "status");
      assert(
        typeof error.requestId === "string" && error.requestId.length > 0,
        `requestId is readable (got ${String(error.requestId)})`,
      );
      const errorBody = (error.body as { error?: { type?: unknown; message?: unknown } } | undefined)?.error;
      assert(typeof errorBody?.message === "string", "body.error.message is a string");
      if (row.type) assertEqual(errorBody?.type, row.type, "body.error.type");
      for (const text of [error.message, String(error), JSON.stringify(error)]) {
        assert(!text.includes(TEST_API_KEY), "the API key does not appear in the error");
      }
    },
  };
}

export const errorCases: ConformanceCase[] = [
  ...rows.map((row) => errorCase(row, false)),
  errorCase({ status: 429, classes: ["RateLimitError"] }, true),
];
