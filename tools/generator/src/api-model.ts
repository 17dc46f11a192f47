import type { Document } from "./openapi-document.ts";

/** Everything the emitters need, derived from one validated spec. */
export interface ApiModel {
  /** `info.x-sdk-client-name`: the client class. */
  clientName: string;
  info: Document["info"];
  /**
   * The bundled document after normalisation: every operation's request body, JSON response,
   * stream event and query parameters is a named schema under `components.schemas`.
   */
  document: Document;
  /** In spec order (paths, then get, put, post, patch, delete). */
  operations: OperationModel[];
  /** The `client.a.b` namespaces, rooted at the client. */
  resources: ResourceNode;
}

export type ClientMethod = "get" | "put" | "post" | "patch" | "delete";

export interface OperationModel {
  operationId: string;
  /** JSON pointer of the operation in the bundled document. */
  pointer: string;
  httpMethod: ClientMethod;
  path: string;
  /** `["chat", "completions"]` for `client.chat.completions.create`. */
  namespace: string[];
  methodName: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  pathParams: PathParamModel[];
  query: { typeName: string; required: boolean } | undefined;
  body: { typeName: string; required: boolean; examples: unknown[] } | undefined;
  /** Type names of the JSON 2xx answers (empty: the method resolves to `void`). */
  responseTypes: string[];
  /** The first 2xx response's description. */
  responseDescription: string | undefined;
  stream: StreamModel | undefined;
  /**
   * Error responses (4xx, 5xx), in spec order: the `error.type` values their examples show, and
   * the core error classes the status (and those types) become, joined with " | ".
   */
  errors: { status: string; description: string | undefined; types: string[]; className?: string }[];
}

export interface StreamModel {
  /** The boolean request field that selects the stream (`x-stream-flag`). */
  flag: string;
  /** The flag's schema allows `null`. */
  flagNullable: boolean;
  /** `x-stream-terminator`, when given. */
  terminator: string | undefined;
  /** The type of one event's payload. */
  eventType: string;
}

export interface PathParamModel {
  /** The name in the path template (`model_id`). */
  name: string;
  /** The method argument (`modelId`). */
  argName: string;
  type: "string" | "number";
  description: string | undefined;
  example: unknown;
}

export interface ResourceNode {
  /** The namespace path (`[]` for the client itself). */
  namespace: string[];
  /** Generated class name, for nodes with methods. */
  className: string | undefined;
  methods: OperationModel[];
  children: ResourceNode[];
  /** The description of the first operation's first tag (for the class's TSDoc). */
  description: string | undefined;
}
