import type * as Core from "@maxtoken/core";

/** The part of a runtime package's `Maxtoken` client that the suite drives. */
export interface ClientLike {
  chat: {
    completions: {
      // The suite sends deliberately invalid bodies too, so the body is loosely typed here.
      // deno-lint-ignore no-explicit-any
      create(body: any, options?: Core.RequestOptions): Core.APIPromise<any>;
    };
  };
}

/** What a runtime package exports that the suite uses: the client, `Stream`, `ChatStream`, and core's errors. */
export type SdkModule = Pick<
  typeof Core,
  | "APIPromise"
  | "Stream"
  | "ChatStream"
  | "MaxtokenError"
  | "APIError"
  | "BadRequestError"
  | "ContentPolicyViolationError"
  | "AuthenticationError"
  | "PermissionDeniedError"
  | "InsufficientBalanceError"
  | "NotFoundError"
  | "UnprocessableEntityError"
  | "RateLimitError"
  | "InternalServerError"
  | "APIConnectionError"
  | "APITimeoutError"
  | "APIUserAbortError"
  | "StreamError"
  | "ValidationError"
> & {
  Maxtoken: new (options?: Core.ClientOptions) => ClientLike;
};

/** Everything a case needs; each runtime's harness builds one. */
export interface ConformanceContext {
  /** The runtime package under test, e.g. `import * as sdk from "@maxtoken/node"`. */
  sdk: SdkModule;
  /** The mock server's API root on 127.0.0.1, e.g. `http://127.0.0.1:4321/v1`. */
  baseURL: string;
  /** `"node"`, `"bun"`, `"deno"` or `"browser"`: what `x-maxtoken-sdk` must name. */
  runtime: string;
  /** The package name `x-maxtoken-sdk` must name, e.g. `"@maxtoken/node"`. */
  packageName: string;
}

/** One conformance case: a name and a body that throws on failure. */
export interface ConformanceCase {
  name: string;
  run(context: ConformanceContext): Promise<void>;
}
