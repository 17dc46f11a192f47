/**
 * `@maxtoken/core/internal`: the contract that the generated clients of `@maxtoken/node`,
 * `@maxtoken/deno` and `@maxtoken/browser` build on (the base client, the call description, the
 * runtime adapter, the request checker's interpreter) and what the generator checks the spec
 * against. **Not for applications**: it changes with the generator, without notice or semver
 * promise; import the SDK of your runtime instead.
 *
 * @module
 */
export { BaseClient } from "./client/base-client.ts";
export type { RequestCall } from "./client/request-call.ts";
export type { RuntimeAdapter } from "./client/runtime-adapter.ts";
export { errorClassForStatus } from "./errors/make-api-error.ts";
export {
  type BodyEncoder,
  type EncodedBody,
  encodeBytes,
  encodeMultipart,
  encodeText,
  encodeUrlencoded,
} from "./http/encode-body.ts";
export type { QueryStyle } from "./http/query-style.ts";
export { styledQuery } from "./http/serialize-query.ts";
export { createProxyHandler } from "./proxy/create-proxy-handler.ts";
export type { StreamClass } from "./stream/stream-class.ts";
export { checkRules } from "./validation/check-rules.ts";
export type { RequestChecker } from "./validation/request-checker.ts";
export type { Rule, RuleSchema } from "./validation/rule.ts";
export { VERSION } from "./version.ts";
