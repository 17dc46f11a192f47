import type { RequestCall } from "../client/request-call.ts";

/** `name=value` pairs of one query parameter: arrays exploded (`form`), objects as `deepObject`. */
function queryPairs(name: string, value: unknown, pairs: string[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) for (const item of value) queryPairs(name, item, pairs);
  else if (typeof value === "object")
    for (const key of Object.keys(value)) queryPairs(`${name}[${key}]`, (value as Record<string, unknown>)[key], pairs);
  else pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`);
}

/**
 * `baseURL` + the path template filled in + the query string, in the OpenAPI default styles
 * (`simple` path parameters, `form` exploded query, `deepObject` for objects), the only ones the
 * spec uses. Written here rather than taken from openapi-fetch, whose serialisers handle every
 * style, to keep the browser page within its gzip budget (docs/decisions/0006-core-without-runtime-dependencies.md).
 */
export function buildURL(baseURL: string, call: RequestCall): string {
  const params = call.pathParams;
  let url =
    baseURL +
    (params
      ? call.path.replace(/\{([^}]+)\}/g, (whole, name: string) =>
          Object.hasOwn(params, name) ? encodeURIComponent(String(params[name])) : whole,
        )
      : call.path);
  if (call.query) {
    let search: string;
    if (call.serializeQuery) search = call.serializeQuery(call.query);
    else {
      const pairs: string[] = [];
      for (const name of Object.keys(call.query)) queryPairs(name, call.query[name], pairs);
      search = pairs.join("&");
    }
    if (search) url += `?${search}`;
  }
  return url;
}
