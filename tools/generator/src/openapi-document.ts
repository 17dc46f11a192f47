/** The parts of an OpenAPI 3.x document the generator reads, typed loosely on purpose. */

/** A JSON Schema (OpenAPI 3.1 dialect, or 3.0's subset with `nullable`). */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  example?: unknown;
  deprecated?: boolean;
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  multipleOf?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  not?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  "x-known-values"?: unknown;
  [extension: `x-${string}`]: unknown;
}

export interface Parameter {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: Schema;
  /** How a query value is written: `form` (default), `spaceDelimited`, `pipeDelimited`, `deepObject`. */
  style?: string;
  explode?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string; summary?: string }>;
}

export interface RequestBody {
  $ref?: string;
  required?: boolean;
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Response {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaType>;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  deprecated?: boolean;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: RequestBody;
  responses?: Record<string, Response>;
  "x-sdk-method"?: unknown;
  "x-stream-flag"?: unknown;
  "x-stream-terminator"?: unknown;
  [extension: `x-${string}`]: unknown;
}

export type PathItem = Partial<Record<HttpMethod, Operation>> & { parameters?: Parameter[]; $ref?: string };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface Document {
  openapi: string;
  info: { title?: string; summary?: string; description?: string; version?: string; [key: string]: unknown };
  paths?: Record<string, PathItem>;
  tags?: { name: string; description?: string }[];
  components?: {
    schemas?: Record<string, Schema>;
    [kind: string]: Record<string, unknown> | undefined;
  };
  [key: string]: unknown;
}
