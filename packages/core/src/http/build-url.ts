import { createQuerySerializer, defaultPathSerializer } from "openapi-fetch";
import type { RequestCall } from "../client/request-call.ts";

const serializeQuery = createQuerySerializer();

/**
 * `baseURL` + the path template filled in + the query string, with openapi-fetch's serialisers
 * (the OpenAPI defaults: `simple` path style, `form`/`deepObject` exploded query).
 */
export function buildURL(baseURL: string, call: RequestCall): string {
  let url = baseURL + (call.pathParams ? defaultPathSerializer(call.path, call.pathParams) : call.path);
  if (call.query) {
    const search = serializeQuery(call.query);
    if (search) url += `?${search}`;
  }
  return url;
}
