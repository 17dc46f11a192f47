import type { Document, Schema } from "./openapi-document.ts";

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
  /**
   * Schemas checked before a request that are not types of their own: per operation, its path,
   * query and header values by their spec names (`check<Name>` in `checks.gen.ts`).
   */
  parameterChecks: { name: string; schema: Schema }[];
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
  /**
   * The operation's standalone function (`createChatCompletion(client, body)`): the operationId in
   * camelCase. A page that calls it through the base client bundles only this operation.
   */
  functionName: string;
  summary: string | undefined;
  description: string | undefined;
  deprecated: boolean;
  pathParams: PathParamModel[];
  /** The query and header parameters: the fields of the method's `params` argument, typed `typeName`. */
  params: { typeName: string; required: boolean; fields: ParamField[] } | undefined;
  /** The name of the checker of the path, query and header values (see `ApiModel.parameterChecks`). */
  paramsCheck: string | undefined;
  body: BodyModel | undefined;
  /** How the 2xx answer is read. */
  responseKind: ResponseKind;
  /** Type names of the JSON 2xx answers (empty: the method resolves to `void`). */
  responseTypes: string[];
  /** The first 2xx response's description. */
  responseDescription: string | undefined;
  stream: StreamModel | undefined;
  /** Error responses (4xx, 5xx, `default`), in spec order, with the core error class each one becomes. */
  errors: ErrorModel[];
}

/** An error response of an operation. */
export interface ErrorModel {
  /** `"404"`, `"4XX"` or `"default"`. */
  status: string;
  description: string | undefined;
  /** The `error.type` values the response's JSON examples show (they can select a subclass). */
  types: string[];
  /** The core error class (or `A | B` for a range), set by the core contract check. */
  className?: string;
}

/** How a request body is encoded: JSON, a multipart form, a urlencoded form, raw bytes or text. */
export type BodyKind = "json" | "multipart" | "urlencoded" | "binary" | "text";

/** How a 2xx answer is read: parsed JSON, the raw `Response` (bytes), a string, or nothing. */
export type ResponseKind = "json" | "binary" | "text" | "empty";

export interface BodyModel {
  kind: BodyKind;
  /** The content type chosen among the spec's. */
  contentType: string;
  /** The named type of a JSON or form body (`undefined` for raw bytes and text). */
  typeName: string | undefined;
  required: boolean;
  examples: unknown[];
}

/** A query or header parameter: a field of the method's `params` argument, under its spec name. */
export interface ParamField {
  name: string;
  in: "query" | "header";
  /** The query `style` (`form` by default); header parameters are `simple`. */
  style: string;
  explode: boolean;
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
