import type { ApiModel, ClientMethod, OperationModel, PathParamModel, ResourceNode, StreamModel } from "./api-model.ts";
import { getAt, toPointer } from "./json-pointer.ts";
import { camelCase, isIdentifier, pascalCase } from "./names.ts";
import type { Document, MediaType, Operation, Parameter, RequestBody, Response, Schema } from "./openapi-document.ts";
import { HTTP_METHODS } from "./openapi-document.ts";
import type { BundledProblem } from "./spec-problem.ts";

/** Names the generated code imports from core; a schema may not take them. */
export const CORE_IMPORTS = [
  "APIPromise",
  "BaseClient",
  "ClientOptions",
  "RequestChecker",
  "RequestOptions",
  "Stream",
  "ValidationIssue",
];

const CLIENT_METHODS: readonly ClientMethod[] = ["get", "put", "post", "patch", "delete"];
const SCHEMA_PREFIX = "#/components/schemas/";
const EVENT_STREAM = "text/event-stream";

/**
 * Validates a bundled document and derives the model the emitters read. Returns the problems
 * instead when the spec cannot be generated from (every problem, not just the first).
 */
export function buildModel(bundled: Document): { model: ApiModel | undefined; problems: BundledProblem[] } {
  const document = structuredClone(bundled);
  const problems: BundledProblem[] = [];
  const report = (pointer: string, message: string, fix: string) => problems.push({ pointer, message, fix });

  checkRefs(document, report);
  if (problems.length > 0) return { model: undefined, problems };
  checkKnownValues(document, report);
  checkPatterns(document, report);

  const clientName = document.info["x-sdk-client-name"];
  if (typeof clientName !== "string" || !isIdentifier(clientName)) {
    report(
      "/info",
      clientName === undefined
        ? "`info.x-sdk-client-name` is missing: the generator needs it to name the client class."
        : `\`info.x-sdk-client-name\` must be a class name, got ${JSON.stringify(clientName)}.`,
      "add `x-sdk-client-name: <ClassName>` under `info` (for example `x-sdk-client-name: Acme`).",
    );
  }

  document.components ??= {};
  const schemas = document.components.schemas ?? {};
  document.components.schemas = schemas;
  for (const name of Object.keys(schemas)) {
    if (!isIdentifier(name)) {
      report(
        toPointer(["components", "schemas", name]),
        `the schema name ${JSON.stringify(name)} is not a TypeScript identifier, so it cannot be a type name.`,
        "rename the schema (letters, digits and `_`, not starting with a digit), e.g. " +
          JSON.stringify(pascalCase(name) || "Schema") +
          ".",
      );
    } else if (CORE_IMPORTS.includes(name)) {
      report(
        toPointer(["components", "schemas", name]),
        `the schema name \`${name}\` is taken by the runtime core, which the generated client imports.`,
        `rename the schema (for example \`${name}Object\`).`,
      );
    }
  }

  const operations: OperationModel[] = [];
  const operationIds = new Map<string, string>();
  const methodKeys = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(document.paths ?? {})) {
    for (const httpMethod of HTTP_METHODS) {
      const operation = pathItem[httpMethod];
      if (operation === undefined) continue;
      const pointer = toPointer(["paths", path, httpMethod]);
      const before = problems.length;
      const operationModel = buildOperation(
        document,
        path,
        httpMethod,
        operation,
        pathItem.parameters ?? [],
        pointer,
        report,
      );
      if (operationModel === undefined || problems.length > before) continue;

      const seenId = operationIds.get(operationModel.operationId);
      if (seenId !== undefined) {
        report(
          `${pointer}/operationId`,
          `the operationId \`${operationModel.operationId}\` is already used by ${seenId}.`,
          "give each operation its own operationId.",
        );
        continue;
      }
      operationIds.set(operationModel.operationId, pointer);

      const key = [...operationModel.namespace, operationModel.methodName].join(".");
      const seenMethod = methodKeys.get(key);
      if (seenMethod !== undefined) {
        report(
          pointer,
          `\`${operationModel.httpMethod.toUpperCase()} ${path}\` maps to the method \`client.${key}\`, which ${seenMethod} maps to as well.`,
          "set `x-sdk-method: <namespace>.<method>` on one of the two operations (for example `x-sdk-method: " +
            `${key}Other\`).`,
        );
        continue;
      }
      methodKeys.set(key, `\`${operationModel.httpMethod.toUpperCase()} ${path}\` (${pointer})`);
      operations.push(operationModel);
    }
  }
  if (problems.length > 0) return { model: undefined, problems };

  const resources = buildResourceTree(operations, document, report);
  checkGeneratedNames(document, operations, resources, clientName as string, report);
  if (problems.length > 0) return { model: undefined, problems };

  return {
    model: { clientName: clientName as string, info: document.info, document, operations, resources },
    problems,
  };
}

type Report = (pointer: string, message: string, fix: string) => void;

/** Every `$ref` of the bundled document must point inside it, at something that exists. */
function checkRefs(document: Document, report: Report): void {
  const visit = (node: unknown, segments: (string | number)[]) => {
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...segments, index]);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === "string") {
      if (!ref.startsWith("#/") || getAt(document, ref.slice(1)) === undefined) {
        report(
          toPointer(segments),
          `\`$ref: ${ref}\` cannot be resolved.`,
          "point the `$ref` at an existing file (relative to the file that holds it) or at an existing `#/components/...` entry.",
        );
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "$ref") visit(value, [...segments, key]);
    }
  };
  visit(document, []);
}

/** `x-known-values` must list strings, on a schema whose type is (or includes) `string`. */
function checkKnownValues(document: Document, report: Report): void {
  const visit = (node: unknown, segments: (string | number)[]) => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) visit(item, [...segments, index]);
      return;
    }
    const schema = node as Schema;
    if ("x-known-values" in schema) {
      const known = schema["x-known-values"];
      const types = Array.isArray(schema.type) ? schema.type : [schema.type];
      if (!Array.isArray(known) || !known.every((value) => typeof value === "string") || known.length === 0) {
        report(
          toPointer([...segments, "x-known-values"]),
          "`x-known-values` must be a non-empty list of strings.",
          "write the known values as a YAML list of strings, e.g. `x-known-values: [a, b]`.",
        );
      } else if (!types.includes("string")) {
        report(
          toPointer([...segments, "x-known-values"]),
          '`x-known-values` only applies to string schemas (it makes `"a" | "b" | (string & {})`).',
          "add `type: string` to the schema, or use `enum` for a closed set of non-string values.",
        );
      }
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...segments, key]);
  };
  visit(document, []);
}

/** Every `pattern` must compile as a JavaScript regular expression with the `u` flag. */
function checkPatterns(document: Document, report: Report): void {
  const visit = (node: unknown, segments: (string | number)[]) => {
    if (node === null || typeof node !== "object") return;
    const pattern = (node as Schema).pattern;
    if (typeof pattern === "string") {
      try {
        new RegExp(pattern, "u");
      } catch (error) {
        report(
          toPointer([...segments, "pattern"]),
          `the pattern ${JSON.stringify(pattern)} is not a valid regular expression: ${(error as Error).message}.`,
          "write an ECMAScript regular expression that compiles with the `u` flag (JSON Schema's dialect).",
        );
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== "examples" && key !== "example") visit(value, [...segments, key]);
    }
  };
  visit(document.components?.schemas, ["components", "schemas"]);
  visit(document.paths, ["paths"]);
}

function deref<T extends object>(document: Document, value: T): T {
  let current: unknown = value;
  for (let hops = 0; hops < 16; hops++) {
    const ref = (current as { $ref?: unknown } | undefined)?.$ref;
    if (typeof ref !== "string" || ref.startsWith(SCHEMA_PREFIX)) break;
    current = getAt(document, ref.slice(1));
  }
  return current as T;
}

/** Follows schema `$ref`s to the schema they name. */
export function resolveSchema(document: Document, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let hops = 0; hops < 16 && current?.$ref !== undefined; hops++) {
    current = getAt(document, current.$ref.slice(1)) as Schema | undefined;
  }
  return current;
}

/** `client.<namespace>.<method>` from the path and the HTTP method, or `undefined` (no static segment). */
export function deriveMethod(
  httpMethod: ClientMethod,
  path: string,
): { namespace: string[]; methodName: string } | undefined {
  const segments = path.split("/").filter((segment) => segment !== "");
  const staticSegments = segments.filter((segment) => !segment.startsWith("{"));
  if (staticSegments.length === 0) return undefined;
  const onItem = segments.at(-1)?.startsWith("{") ?? false;
  const methodName = {
    get: onItem ? "retrieve" : "list",
    post: onItem ? "update" : "create",
    put: "update",
    patch: "update",
    delete: "delete",
  }[httpMethod];
  return { namespace: staticSegments.map(camelCase), methodName };
}

function buildOperation(
  document: Document,
  path: string,
  httpMethod: (typeof HTTP_METHODS)[number],
  operation: Operation,
  pathLevelParameters: Parameter[],
  pointer: string,
  report: Report,
): OperationModel | undefined {
  if (!(CLIENT_METHODS as readonly string[]).includes(httpMethod)) {
    report(
      pointer,
      `\`${httpMethod.toUpperCase()} ${path}\`: the generator makes client methods for GET, PUT, POST, PATCH and DELETE only.`,
      `remove the ${httpMethod.toUpperCase()} operation from the spec, or describe it in prose.`,
    );
    return undefined;
  }
  const method = httpMethod as ClientMethod;
  const derived = deriveMethod(method, path);

  // The method's name: x-sdk-method, or derived from the path.
  let namespace: string[] | undefined;
  let methodName: string | undefined;
  const override = operation["x-sdk-method"];
  if (override !== undefined) {
    const parts = typeof override === "string" ? override.split(".") : [];
    if (parts.length < 2 || !parts.every((part) => /^[A-Za-z_$][\w$]*$/.test(part))) {
      report(
        `${pointer}/x-sdk-method`,
        `\`x-sdk-method\` must be a dotted name with a namespace and a method, got ${JSON.stringify(override)}.`,
        "write it as `<namespace>.<method>`, e.g. `x-sdk-method: chat.completions.create`.",
      );
    } else {
      namespace = parts.slice(0, -1);
      methodName = parts.at(-1);
    }
  } else if (derived === undefined) {
    report(
      pointer,
      `\`${method.toUpperCase()} ${path}\` has no static path segment to name a namespace after.`,
      "set `x-sdk-method: <namespace>.<method>` on the operation.",
    );
  } else {
    namespace = derived.namespace;
    methodName = derived.methodName;
  }

  const operationId = operation.operationId;
  if (typeof operationId !== "string" || operationId === "") {
    const suggestion = camelCase([methodName ?? method, ...(namespace ?? [])].join(" "));
    report(
      pointer,
      `\`${method.toUpperCase()} ${path}\` has no operationId.`,
      `add \`operationId: ${suggestion}\` (any name that is unique in the spec).`,
    );
    return undefined;
  }
  if (!/^[A-Za-z][\w]*$/.test(operationId)) {
    report(
      `${pointer}/operationId`,
      `the operationId ${JSON.stringify(operationId)} must be letters, digits and \`_\` (it names generated types).`,
      `rename it, e.g. \`operationId: ${camelCase(operationId) || "operation"}\`.`,
    );
    return undefined;
  }
  if (namespace === undefined || methodName === undefined) return undefined;
  const typePrefix = pascalCase(operationId);

  // Parameters: path and query; the operation's own override the path item's.
  const parameters = new Map<string, { parameter: Parameter; pointer: string }>();
  const addParameters = (list: Parameter[], base: string) =>
    list.forEach((raw, index) => {
      const parameter = deref(document, raw);
      parameters.set(`${parameter.in}:${parameter.name}`, { parameter, pointer: `${base}/${index}` });
    });
  addParameters(pathLevelParameters, `${toPointer(["paths", path])}/parameters`);
  addParameters(operation.parameters ?? [], `${pointer}/parameters`);

  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const pathParams: PathParamModel[] = [];
  const queryParams: Parameter[] = [];
  for (const { parameter, pointer: parameterPointer } of parameters.values()) {
    if (parameter.in === "path") {
      if (!templateNames.includes(parameter.name)) {
        report(
          parameterPointer,
          `the path parameter \`${parameter.name}\` does not appear in \`${path}\`.`,
          `add \`{${parameter.name}}\` to the path, or remove the parameter.`,
        );
      }
    } else if (parameter.in === "query") {
      queryParams.push(parameter);
    } else {
      report(
        parameterPointer,
        `the ${parameter.in} parameter \`${parameter.name}\` is not supported by the generator (path and query parameters are).`,
        `remove it from the spec; callers can send it with the per-request \`headers\` option.`,
      );
    }
  }
  const usedArgNames = new Set(["body", "query", "options"]);
  for (const name of templateNames) {
    const declared = parameters.get(`path:${name}`)?.parameter;
    if (declared === undefined) {
      report(
        pointer,
        `\`{${name}}\` in \`${path}\` is not declared as a path parameter.`,
        `add \`{ name: ${name}, in: path, required: true, schema: { type: string } }\` to the operation's parameters.`,
      );
      continue;
    }
    let argName = camelCase(name) || "param";
    if (!isIdentifier(argName) || usedArgNames.has(argName)) argName = `${argName}Param`;
    usedArgNames.add(argName);
    const schema = resolveSchema(document, declared.schema);
    const types = Array.isArray(schema?.type) ? schema.type : [schema?.type];
    pathParams.push({
      name,
      argName,
      type: types.includes("integer") || types.includes("number") ? "number" : "string",
      description: declared.description ?? schema?.description,
      example: declared.example ?? schema?.examples?.[0] ?? schema?.example,
    });
  }

  const schemas = document.components!.schemas!;
  const hoist = (schema: Schema, name: string, at: string): string | undefined => {
    if (schema.$ref?.startsWith(SCHEMA_PREFIX) && !schema.$ref.slice(SCHEMA_PREFIX.length).includes("/")) {
      return decodeURIComponent(schema.$ref.slice(SCHEMA_PREFIX.length));
    }
    if (Object.hasOwn(schemas, name)) {
      report(
        at,
        `the inline schema here would be named \`${name}\`, but a schema of that name already exists.`,
        `move the inline schema to \`components/schemas\` and \`$ref\` it, or rename the existing \`${name}\`.`,
      );
      return undefined;
    }
    schemas[name] = schema;
    return name;
  };

  let query: OperationModel["query"];
  if (queryParams.length > 0) {
    const querySchema: Schema = { type: "object", properties: {}, required: [] };
    for (const parameter of queryParams) {
      const schema = { ...(parameter.schema ?? {}) };
      if (parameter.description !== undefined) schema.description = parameter.description;
      if (parameter.deprecated) schema.deprecated = true;
      querySchema.properties![parameter.name] = schema;
      if (parameter.required) querySchema.required!.push(parameter.name);
    }
    if (querySchema.required!.length === 0) delete querySchema.required;
    const typeName = hoist(querySchema, `${typePrefix}Query`, `${pointer}/parameters`);
    if (typeName !== undefined) query = { typeName, required: queryParams.some((parameter) => parameter.required) };
  }

  let body: OperationModel["body"];
  let bodySchema: Schema | undefined;
  if (operation.requestBody !== undefined) {
    const requestBody = deref<RequestBody>(document, operation.requestBody);
    const bodyPointer = `${pointer}/requestBody`;
    const contentTypes = Object.keys(requestBody.content ?? {});
    const jsonType = contentTypes.find(isJson);
    const media = jsonType === undefined ? undefined : requestBody.content![jsonType]!;
    if (media?.schema === undefined) {
      report(
        bodyPointer,
        `the request body has no JSON schema (content types: ${contentTypes.join(", ") || "none"}); the generated client sends JSON.`,
        "describe the body under `content: { application/json: { schema: ... } }`.",
      );
    } else {
      const typeName = hoist(
        media.schema,
        `${typePrefix}Params`,
        `${bodyPointer}/content/${jsonType!.replace("/", "~1")}/schema`,
      );
      if (typeName !== undefined) {
        media.schema = { $ref: SCHEMA_PREFIX + typeName };
        bodySchema = resolveSchema(document, media.schema);
        body = {
          typeName,
          required: requestBody.required === true,
          examples: mediaExamples(document, media, bodySchema),
        };
      }
    }
  }

  // Responses: the JSON 2xx answers, the event stream, the error statuses.
  const responseTypes: string[] = [];
  let responseDescription: string | undefined;
  let eventType: string | undefined;
  let eventPointer: string | undefined;
  const errors: OperationModel["errors"] = [];
  const responses = operation.responses ?? {};
  const successCodes = Object.keys(responses)
    .filter((code) => /^2(\d\d|XX)$/i.test(code))
    .sort();
  for (const code of successCodes) {
    const response = deref<Response>(document, responses[code]!);
    responseDescription ??= response.description;
    for (const [contentType, media] of Object.entries(response.content ?? {})) {
      const mediaPointer = toPointer(["paths", path, httpMethod, "responses", code, "content", contentType]);
      if (contentType === EVENT_STREAM) {
        if (media.schema === undefined) {
          report(
            mediaPointer,
            "the event stream has no `schema` for its events' payload.",
            "add `schema: { $ref: ... }` naming the type of one event's `data`.",
          );
          continue;
        }
        eventType = hoist(media.schema, `${typePrefix}StreamEvent`, `${mediaPointer}/schema`);
        eventPointer = mediaPointer;
      } else if (isJson(contentType)) {
        if (media.schema === undefined) continue;
        const typeName = hoist(
          media.schema,
          `${typePrefix}Response${code === successCodes[0] ? "" : code}`,
          `${mediaPointer}/schema`,
        );
        if (typeName !== undefined && !responseTypes.includes(typeName)) responseTypes.push(typeName);
      } else {
        report(
          mediaPointer,
          `the ${code} response's content type \`${contentType}\` is not supported (JSON and \`text/event-stream\` are).`,
          "describe the answer as `application/json` or `text/event-stream`, or remove this content type.",
        );
      }
    }
  }
  for (const code of Object.keys(responses)) {
    if (/^[45](\d\d|XX)$/i.test(code)) {
      const response = deref<Response>(document, responses[code]!);
      errors.push({
        status: code.toUpperCase(),
        description: response.description,
        types: errorTypes(document, response),
      });
    }
  }

  // Streaming: an event-stream answer needs a flag in the request that selects it.
  let stream: StreamModel | undefined;
  const flag = operation["x-stream-flag"];
  const terminator = operation["x-stream-terminator"];
  if (eventType !== undefined && flag === undefined) {
    report(
      pointer,
      `\`${method.toUpperCase()} ${path}\` answers with \`${EVENT_STREAM}\` (${eventPointer}) but has no \`x-stream-flag\`.`,
      "add `x-stream-flag: <field>` to the operation, naming the boolean request-body field that asks for the stream (e.g. `x-stream-flag: stream`).",
    );
  } else if (flag !== undefined) {
    if (typeof flag !== "string" || flag === "") {
      report(
        `${pointer}/x-stream-flag`,
        "`x-stream-flag` must name a request-body field.",
        "write e.g. `x-stream-flag: stream`.",
      );
    } else if (eventType === undefined) {
      report(
        `${pointer}/x-stream-flag`,
        `\`x-stream-flag: ${flag}\` is set but no 2xx response has \`${EVENT_STREAM}\` content.`,
        `add a \`${EVENT_STREAM}\` content (with the event payload's schema) to the 2xx response, or remove \`x-stream-flag\`.`,
      );
    } else if (responseTypes.length === 0) {
      report(
        pointer,
        `\`x-stream-flag: ${flag}\` needs the non-streamed answer too: no 2xx response has JSON content.`,
        "add `application/json` content (with the answer's schema) beside the event stream.",
      );
    } else {
      const flagSchema = resolveSchema(document, bodySchema?.properties?.[flag]);
      const flagTypes = Array.isArray(flagSchema?.type) ? flagSchema.type : [flagSchema?.type];
      if (flagSchema === undefined || !flagTypes.includes("boolean")) {
        report(
          `${pointer}/x-stream-flag`,
          `\`x-stream-flag: ${flag}\` must name a boolean property of the JSON request body, ` +
            (bodySchema === undefined
              ? "but the operation has no JSON request body."
              : `but \`${body?.typeName}\` has no boolean \`${flag}\`.`),
          `add \`${flag}: { type: boolean }\` to the request body's properties, or fix the name.`,
        );
      } else if (terminator !== undefined && typeof terminator !== "string") {
        report(
          `${pointer}/x-stream-terminator`,
          "`x-stream-terminator` must be a string.",
          'quote it, e.g. `x-stream-terminator: "[DONE]"`.',
        );
      } else {
        stream = {
          flag,
          flagNullable: flagTypes.includes("null") || flagSchema.nullable === true,
          terminator: terminator as string | undefined,
          eventType,
        };
      }
    }
  }

  return {
    operationId,
    pointer,
    httpMethod: method,
    path,
    namespace,
    methodName,
    summary: operation.summary,
    description: operation.description,
    deprecated: operation.deprecated === true,
    pathParams,
    query,
    body,
    responseTypes,
    responseDescription,
    stream,
    errors,
  };
}

function isJson(contentType: string): boolean {
  return contentType === "application/json" || /^application\/[\w.-]+\+json$/.test(contentType);
}

/** The `error.type` strings that a response's JSON examples show (they can select a subclass). */
function errorTypes(document: Document, response: Response): string[] {
  const types = new Set<string>();
  for (const [contentType, media] of Object.entries(response.content ?? {})) {
    if (!isJson(contentType)) continue;
    for (const value of mediaExamples(document, media, undefined)) {
      const type = (value as { error?: { type?: unknown } } | null)?.error?.type;
      if (typeof type === "string") types.add(type);
    }
  }
  return [...types];
}

/** The request examples, in spec order: the media type's `examples`, its `example`, the schema's `examples`. */
function mediaExamples(document: Document, media: MediaType, schema: Schema | undefined): unknown[] {
  const values: unknown[] = [];
  for (const example of Object.values(media.examples ?? {})) {
    const resolved =
      example.$ref === undefined
        ? example
        : (getAt(document, example.$ref.slice(1)) as { value?: unknown } | undefined);
    if (resolved?.value !== undefined) values.push(resolved.value);
  }
  if (media.example !== undefined) values.push(media.example);
  if (schema?.examples !== undefined) values.push(...schema.examples);
  return values;
}

function buildResourceTree(operations: OperationModel[], document: Document, report: Report): ResourceNode {
  const root: ResourceNode = { namespace: [], className: undefined, methods: [], children: [], description: undefined };
  const tagDescriptions = new Map((document.tags ?? []).map((tag) => [tag.name, tag.description]));
  for (const operation of operations) {
    let node = root;
    for (const name of operation.namespace) {
      let child = node.children.find((candidate) => candidate.namespace.at(-1) === name);
      if (child === undefined) {
        child = {
          namespace: [...node.namespace, name],
          className: undefined,
          methods: [],
          children: [],
          description: undefined,
        };
        node.children.push(child);
      }
      node = child;
    }
    node.methods.push(operation);
    node.className ??= `${pascalCase(operation.namespace.join(" "))}Resource`;
    const tag = operation.namespace.length > 0 ? getOperation(document, operation).tags?.[0] : undefined;
    node.description ??= tag === undefined ? undefined : tagDescriptions.get(tag);
  }
  const visit = (node: ResourceNode) => {
    for (const child of node.children) {
      const name = child.namespace.at(-1)!;
      // A nested namespace with its parent's tag says nothing new.
      if (node.namespace.length > 0 && child.description === node.description) child.description = undefined;
      const clash = node.methods.find((method) => method.methodName === name);
      if (clash !== undefined) {
        report(
          clash.pointer,
          `\`client.${[...node.namespace, name].join(".")}\` would be both a method and a namespace.`,
          "set `x-sdk-method` on one of the operations so that the two names differ.",
        );
      }
      visit(child);
    }
  };
  visit(root);
  return root;
}

function getOperation(document: Document, operation: OperationModel): Operation {
  return document.paths![operation.path]![operation.httpMethod]!;
}

/** The names the generated files declare must not collide with the schema (type) names. */
function checkGeneratedNames(
  document: Document,
  operations: OperationModel[],
  resources: ResourceNode,
  clientName: string,
  report: Report,
): void {
  const schemaNames = new Set(Object.keys(document.components?.schemas ?? {}));
  const taken = (name: string, what: string, at: string) => {
    if (schemaNames.has(name)) {
      report(
        toPointer(["components", "schemas", name]),
        `the schema name \`${name}\` is also the name of ${what} (${at}).`,
        "rename the schema, or set `x-sdk-method` / `x-sdk-client-name` so the generated name differs.",
      );
    }
  };
  taken(clientName, "the client class", "`info.x-sdk-client-name`");
  const visit = (node: ResourceNode) => {
    if (node.className !== undefined)
      taken(node.className, `the resource class of \`client.${node.namespace.join(".")}\``, node.methods[0]!.pointer);
    node.children.forEach(visit);
  };
  visit(resources);
  for (const operation of operations) {
    for (const suffix of ["Streaming", "NonStreaming"]) {
      if (operation.stream !== undefined)
        taken(`${operation.body!.typeName}${suffix}`, "a generated stream variant", operation.pointer);
    }
  }
}
