import type { ApiModel, OperationModel, ResourceNode } from "../api-model.ts";
import { resolveSchema } from "../model/schema-refs.ts";
import { camelCase, kebabCase, propertyAccess, propertyKey } from "../names.ts";
import { checkerName } from "./checks.ts";
import { emitIndex } from "./index-module.ts";
import { literal } from "./literal.ts";
import { sampleValue } from "./sample-value.ts";
import { streamType } from "./stream-type.ts";
import { docComment } from "./tsdoc.ts";

/** Where the generated client imports its runtime adapter from (relative to `src/generated/`). */
export const RUNTIME_IMPORT = "../runtime.ts";

/**
 * `client.gen.ts` (the client class), one `resources/<name>.gen.ts` per resource class and
 * `index.gen.ts` (the generated public exports). Keys are paths relative to the output folder.
 */
export function emitClient(model: ApiModel, header: string): Map<string, string> {
  const files = new Map<string, string>();
  const resourceNodes: ResourceNode[] = [];
  const collect = (node: ResourceNode) => {
    if (node.className !== undefined && node.namespace.length > 0) resourceNodes.push(node);
    node.children.forEach(collect);
  };
  collect(model.resources);

  files.set("client.gen.ts", emitClientClass(model, header));
  for (const node of resourceNodes) files.set(`resources/${resourceFile(node)}`, emitResource(model, node, header));

  files.set("index.gen.ts", emitIndex(model, header, resourceNodes));
  return files;
}

export function resourceFile(node: ResourceNode): string {
  return `${kebabCase(node.className!.replace(/Resource$/, ""))}.gen.ts`;
}

/** The type of a namespace property: the resource class, or an object of its children. */
function namespaceType(node: ResourceNode, indent: string): string {
  if (node.className !== undefined) return node.className;
  const inner = `${indent}  `;
  const members = node.children.map(
    (child) =>
      `${docComment(namespaceDoc(child), inner)}${inner}readonly ${propertyKey(child.namespace.at(-1)!)}: ${namespaceType(child, inner)};`,
  );
  return `{\n${members.join("\n")}\n${indent}}`;
}

/** The value of a namespace property, built from `client`. */
function namespaceValue(node: ResourceNode, client: string, indent: string): string {
  if (node.className !== undefined) return `new ${node.className}(${client})`;
  const inner = `${indent}  `;
  const members = node.children.map(
    (child) => `${inner}${propertyKey(child.namespace.at(-1)!)}: ${namespaceValue(child, client, inner)},`,
  );
  return `{\n${members.join("\n")}\n${indent}}`;
}

function namespaceDoc(node: ResourceNode): string[] {
  const lines = [`\`client.${node.namespace.join(".")}\``];
  const description = node.description ?? firstDescendantDescription(node);
  if (description !== undefined) lines[0] += `: ${description.trim()}`;
  return lines;
}

function firstDescendantDescription(node: ResourceNode): string | undefined {
  for (const child of node.children) {
    const found = child.description ?? firstDescendantDescription(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** An import declaration, names sorted; one name per line when it does not fit in 100 columns. */
function importFrom(specifier: string, names: string[], typeOnly = false): string {
  const bare = (name: string) => name.replace(/^type /, "");
  const sorted = [...new Set(names)].sort((a, b) => (bare(a) < bare(b) ? -1 : bare(a) > bare(b) ? 1 : 0));
  const keyword = typeOnly ? "import type" : "import";
  const oneLine = `${keyword} { ${sorted.join(", ")} } from "${specifier}";`;
  if (oneLine.length <= 100) return oneLine;
  return `${keyword} {\n${sorted.map((name) => `  ${name},`).join("\n")}\n} from "${specifier}";`;
}

function emitClientClass(model: ApiModel, header: string): string {
  const { info, clientName, resources } = model;
  const children = resources.children;
  const imports = [
    importFrom("@maxtoken/core", ["ClientOptions"], true),
    importFrom("@maxtoken/core/internal", ["BaseClient"]),
    `import { runtime } from "${RUNTIME_IMPORT}";`,
    ...resources.children
      .flatMap((child) => (child.className !== undefined ? [child] : collectClassNodes(child)))
      .map((node) => `import { ${node.className} } from "./resources/${resourceFile(node)}";`),
  ];
  const classDoc = [
    apiTitle(model),
    ...(info.description ? ["", ...String(info.description).trim().split("\n")] : []),
    "",
    ...clientExample(model, clientName, "method"),
  ];
  const members = children.map(
    (child) =>
      `${docComment(namespaceDoc(child), "  ")}  readonly ${propertyKey(child.namespace.at(-1)!)}: ${namespaceType(child, "  ")} = ${namespaceValue(child, "this", "  ")};`,
  );
  const first = model.operations[0];
  const firstResource = first && findResource(resources, first);
  const baseDoc = [
    ...wrap(
      `\`${clientName}\` without its namespaces: the same options, key handling, retries and timeouts, ` +
        "for pages that count their bytes. Pass it to the operations' standalone functions" +
        (first ? ` (\`${first.functionName}(client, ...)\`)` : "") +
        " or to a resource class" +
        (firstResource?.className ? ` (\`new ${firstResource.className}(client)\`)` : "") +
        ": a bundler then keeps only the operations the page calls, however many the spec has.",
    ),
    "",
    ...clientExample(model, baseName(model), "function"),
  ];
  return [
    header,
    ...imports,
    "",
    `${docComment(baseDoc)}export class ${baseName(model)} extends BaseClient {`,
    "  /** @param options - API key, base URL, timeouts, retries, logging: see `ClientOptions`. */",
    "  constructor(options?: ClientOptions) {",
    "    super(options, runtime);",
    "  }",
    "}",
    "",
    `${docComment(classDoc)}export class ${clientName} extends ${baseName(model)} {`,
    ...members.flatMap((member) => [member, ""]).slice(0, -1),
    "}",
    "",
  ].join("\n");
}

/** A paragraph as lines of at most `width` characters, broken between words (never inside a code span). */
function wrap(text: string, width = 96): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/ (?=(?:[^`]*`[^`]*`)*[^`]*$)/);
  for (const word of words) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

/** The API's name in docs: `info.title: info.summary`, else the client's name. */
export function apiTitle(model: ApiModel): string {
  return [model.info.title, model.info.summary].filter(Boolean).join(": ") || model.clientName;
}

/** An `@example` that creates `className` and calls the first operation as a method or as its function. */
export function clientExample(model: ApiModel, className: string, form: Form): string[] {
  const call = exampleCall(model, model.operations[0], "client", "nonStreaming", form);
  return ["@example", "```ts", `const client = new ${className}();`, ...call, "```"];
}

/** The base client class: the client without its namespaces (`MaxtokenBase`). */
export function baseName(model: ApiModel): string {
  return `${model.clientName}Base`;
}

/** The resource node whose class holds the operation's method. */
function findResource(node: ResourceNode, operation: OperationModel): ResourceNode | undefined {
  if (node.methods.includes(operation)) return node;
  for (const child of node.children) {
    const found = findResource(child, operation);
    if (found !== undefined) return found;
  }
  return undefined;
}

function collectClassNodes(node: ResourceNode): ResourceNode[] {
  return node.children.flatMap((child) => (child.className !== undefined ? [child] : collectClassNodes(child)));
}

function emitResource(model: ApiModel, node: ResourceNode, header: string): string {
  const coreTypes = ["APIPromise", "RequestOptions"];
  const coreValues: string[] = [];
  // What only generated code calls (body encoders, query styles) comes from core's internal entry.
  const internalValues: string[] = [];
  const types: string[] = [];
  const checkers: string[] = [];
  for (const operation of node.methods) {
    if (operation.params) types.push(operation.params.typeName);
    if (operation.paramsCheck) checkers.push(checkerName(operation.paramsCheck));
    if (operation.body?.typeName !== undefined) {
      types.push(operation.body.typeName);
      checkers.push(checkerName(operation.body.typeName));
    } else if (operation.body?.kind === "binary") coreTypes.push("Uploadable");
    internalValues.push(...coreValuesOf(operation));
    types.push(...operation.responseTypes);
    if (operation.stream) {
      const { className } = streamType(model, operation)!;
      // ChatStream is passed to core as a value (the class to hand the events out in).
      if (className === "ChatStream") coreValues.push(className);
      else coreTypes.push(className);
      types.push(
        operation.stream.eventType,
        `${operation.body!.typeName}Streaming`,
        `${operation.body!.typeName}NonStreaming`,
      );
    }
  }
  const childNodes = collectClassNodes(node);
  const imports = [
    coreValues.length === 0
      ? importFrom("@maxtoken/core", coreTypes, true)
      : importFrom("@maxtoken/core", [...coreValues, ...coreTypes.map((name) => `type ${name}`)]),
    ...(internalValues.length === 0 ? [] : [importFrom("@maxtoken/core/internal", internalValues)]),
    `import type { ${baseName(model)} } from "../client.gen.ts";`,
    ...(checkers.length > 0 ? [importFrom("../checks.gen.ts", checkers)] : []),
    ...(types.length > 0 ? [importFrom("../types.gen.ts", types, true)] : []),
    ...childNodes.map((child) => `import { ${child.className} } from "./${resourceFile(child)}";`),
  ];

  const base = baseName(model);
  const body: string[] = [`  readonly #client: ${base};`, ""];
  for (const child of node.children) {
    body.push(
      `${docComment(namespaceDoc(child), "  ")}  readonly ${propertyKey(child.namespace.at(-1)!)}: ${namespaceType(child, "  ")};`,
      "",
    );
  }
  body.push(
    `  /** @param client - The client to send through: \`${model.clientName}\`, or \`${base}\` to use this resource alone. */`,
    `  constructor(client: ${base}) {`,
    "    this.#client = client;",
  );
  for (const child of node.children) {
    body.push(`    this${propertyAccess(child.namespace.at(-1)!)} = ${namespaceValue(child, "client", "    ")};`);
  }
  body.push("  }");
  for (const operation of node.methods) body.push("", ...emitMethod(model, operation));
  const functions = node.methods.flatMap((operation) => [...emitFunction(model, operation), ""]);

  return [
    header,
    ...imports,
    "",
    ...functions,
    `${docComment(namespaceDoc(node))}export class ${node.className} {`,
    ...body,
    "}",
    "",
  ].join("\n");
}

type Variant = "plain" | "nonStreaming" | "streaming" | "union";

interface Parameter {
  name: string;
  type: string;
  optional: boolean;
  doc: string;
}

function parameters(operation: OperationModel, variant: Variant): Parameter[] {
  const list: Parameter[] = operation.pathParams.map((param) => ({
    name: param.argName,
    type: param.type,
    optional: false,
    doc: param.description?.trim().split("\n").join(" ") ?? `The \`${param.name}\` path parameter.`,
  }));
  if (operation.body) list.push(bodyParameter(operation, variant));
  if (operation.params) list.push(paramsParameter(operation.params));
  list.push({
    name: "options",
    type: "RequestOptions",
    optional: true,
    doc: "Per-request options (signal, timeout, retries, headers, ...); they override the client's.",
  });
  // An optional parameter before a required one is written `name: T | undefined`.
  let requiredAfter = false;
  for (let index = list.length - 1; index >= 0; index--) {
    const parameter = list[index]!;
    if (!parameter.optional) requiredAfter = true;
    else if (requiredAfter) {
      parameter.optional = false;
      parameter.type = `${parameter.type} | undefined`;
    }
  }
  return list;
}

function parameterList(list: Parameter[]): string {
  return list.map((parameter) => `${parameter.name}${parameter.optional ? "?" : ""}: ${parameter.type}`).join(", ");
}

function returnType(model: ApiModel, operation: OperationModel, variant: Variant): string {
  const json =
    operation.responseKind === "binary"
      ? "Response"
      : operation.responseKind === "text"
        ? "string"
        : operation.responseTypes.join(" | ") || "void";
  if (operation.stream === undefined) return json;
  const stream = streamType(model, operation)!.type;
  if (variant === "streaming") return stream;
  if (variant === "union") return `${json} | ${stream}`;
  return json;
}

/** How an operation is called: as a method of the client, or as its standalone function. */
type Form = "method" | "function";

/** The signatures a streaming operation overloads on; the last one is the implementation's. */
function variantsOf(operation: OperationModel): Variant[] {
  return operation.stream ? ["nonStreaming", "streaming", "union"] : ["plain"];
}

/**
 * The documented signatures of the operation in one form (the overloads, then the
 * implementation's, opening its body): `  create(body, options?)` in its resource class, or
 * `export function createChatCompletion(client, body, options?)`.
 */
function signatures(model: ApiModel, operation: OperationModel, form: Form): string[] {
  const variants = variantsOf(operation);
  const indent = form === "method" ? "  " : "";
  const head =
    form === "method"
      ? `  ${operation.methodName}(`
      : `export function ${operation.functionName}(client: ${baseName(model)}, `;
  const signature = (variant: Variant) =>
    `${head}${parameterList(parameters(operation, variant))}): APIPromise<${returnType(model, operation, variant)}>`;
  const lines: string[] = [];
  for (const variant of variants) {
    lines.push(docComment(methodDoc(model, operation, variant, form), indent).trimEnd());
    lines.push(variants.length > 1 ? `${signature(variant)};` : `${signature(variant)} {`);
  }
  if (variants.length > 1) lines.push(`${signature(variants.at(-1)!)} {`);
  return lines;
}

/** The operation's method of its resource class: it calls the standalone function with the class's client. */
function emitMethod(model: ApiModel, operation: OperationModel): string[] {
  const implementation = variantsOf(operation).at(-1)!;
  const args = ["this.#client", ...parameters(operation, implementation).map((parameter) => parameter.name)];
  return [
    ...signatures(model, operation, "method"),
    `    return ${operation.functionName}(${args.join(", ")});`,
    "  }",
  ];
}

/** The operation's standalone function: `client` first, then the method's parameters. */
function emitFunction(model: ApiModel, operation: OperationModel): string[] {
  const implementation = variantsOf(operation).at(-1)!;
  const lines = signatures(model, operation, "function");
  const call: string[] = [`method: ${JSON.stringify(operation.httpMethod)}`, `path: ${JSON.stringify(operation.path)}`];
  if (operation.pathParams.length > 0) {
    call.push(
      `pathParams: { ${operation.pathParams.map((param) => `${propertyKey(param.name)}: ${param.argName}`).join(", ")} }`,
    );
  }
  call.push(...parameterCallFields(operation));
  if (operation.body) {
    call.push("body");
    if (operation.body.kind !== "json") call.push(`encodeBody: ${BODY_ENCODERS[operation.body.kind]}`);
    if (operation.body.kind === "binary" || operation.body.kind === "text")
      call.push(`contentType: ${JSON.stringify(operation.body.contentType)}`);
    if (operation.stream) {
      // `?.` even for a required body: a JavaScript caller's `create(null)` must reach the
      // request checker (a ValidationError), not throw a TypeError here.
      call.push(`stream: body?.${propertyAccess(operation.stream.flag).replace(/^\./, "")} === true`);
      if (operation.stream.terminator !== undefined)
        call.push(`streamTerminator: ${JSON.stringify(operation.stream.terminator)}`);
      if (streamType(model, operation)!.className === "ChatStream") call.push("streamClass: ChatStream");
    }
    if (operation.body.typeName !== undefined) {
      const checker = checkerName(operation.body.typeName);
      call.push(`check: ${operation.body.required ? checker : `body === undefined ? undefined : ${checker}`}`);
    }
  }
  if (operation.responseKind !== "json") call.push(`responseKind: ${JSON.stringify(operation.responseKind)}`);
  lines.push(
    `  return client.request<${returnType(model, operation, implementation)}>(`,
    "    {",
    ...call.map((entry) => `      ${entry},`),
    "    },",
    "    options,",
    "  );",
    "}",
  );
  return lines;
}

function methodDoc(model: ApiModel, operation: OperationModel, variant: Variant, form: Form): string[] {
  const lines: string[] = [];
  const summary = operation.summary?.trim() ?? `\`${operation.httpMethod.toUpperCase()} ${operation.path}\``;
  lines.push(summary.endsWith(".") ? summary : `${summary}.`);
  const flag = operation.stream ? `\`${operation.stream.flag}\`` : "";
  if (variant === "streaming") {
    const on = `\`${operation.stream!.flag}: true\``;
    lines.push(
      "",
      `With ${on}: resolves to a \`Stream\` of \`${operation.stream!.eventType}\` events; iterate it with \`for await\`.`,
    );
  } else if (variant === "union") {
    const answer = operation.responseTypes.map((type) => `\`${type}\``).join(" or ");
    lines.push("", `When ${flag} is only known at run time: resolves to ${answer} or to a \`Stream\`.`);
  } else if (operation.description) {
    lines.push("", ...operation.description.trim().split("\n"));
  }
  if (form === "function") {
    const method = `client.${[...operation.namespace, operation.methodName].join(".")}`;
    lines.push("", `The standalone form of \`${method}\`: a page that calls it bundles no other operation.`);
  }
  lines.push("");
  if (form === "function") {
    lines.push(`@param client - The client to send through: \`${baseName(model)}\` (or \`${model.clientName}\`).`);
  }
  for (const parameter of parameters(operation, variant)) lines.push(`@param ${parameter.name} - ${parameter.doc}`);
  if (variant !== "streaming" && variant !== "union" && operation.responseDescription) {
    lines.push(`@returns ${operation.responseDescription.trim().split("\n\n")[0]!.split("\n").join(" ")}`);
  }
  const thrown = operation.errors.filter((error) => error.className !== undefined);
  const link = (className: string) => `{@link ${className}}`;
  if (thrown.length > 0) {
    const byStatus = thrown.map(
      (error) =>
        `${error.className!.split(" | ").map(link).join(" or ")} (${error.status === "default" ? "any other status" : error.status})`,
    );
    lines.push(
      `@throws An ${link("APIError")} subclass for an error answer: ${byStatus.join(", ")}. Every error ` +
        `this method throws is a ${link("MaxtokenError")}.`,
    );
  }
  lines.push(
    `@throws ${link("APIConnectionError")} when the API cannot be reached, ${link("APITimeoutError")} when it does not ` +
      `answer in time (both after the retries), ${link("APIUserAbortError")} when your \`signal\` aborts the call.`,
  );
  if (operation.body?.typeName !== undefined || operation.paramsCheck !== undefined)
    lines.push(`@throws ${link("ValidationError")} before sending, when an argument breaks the spec's constraints.`);
  if (variant !== "nonStreaming" && variant !== "plain" && operation.stream)
    lines.push(`@throws ${link("StreamError")} while you iterate, when the stream breaks off or reports an error.`);
  if (operation.deprecated) lines.push("@deprecated");
  if (variant !== "union")
    lines.push("@example", "```ts", ...exampleCall(model, operation, "client", variant, form), "```");
  return lines;
}

/** `const x = await client.a.b(...)` with example arguments, as lines. */
export function exampleCall(
  model: ApiModel,
  operation: OperationModel | undefined,
  client: string,
  variant: Variant,
  form: Form = "method",
): string[] {
  if (operation === undefined) return [];
  const args: string[] = operation.pathParams.map((param) =>
    literal(param.example ?? (param.type === "number" ? 1 : param.name)),
  );
  if (operation.body?.typeName === undefined && operation.body !== undefined) {
    args.push(operation.body.kind === "text" ? '"text"' : 'new Blob(["bytes"])');
  } else if (operation.body?.typeName !== undefined) {
    const schema = model.document.components?.schemas?.[operation.body.typeName];
    const flag = operation.stream?.flag;
    const wantStream = variant === "streaming";
    const candidates = operation.body.examples.filter(
      (example) => flag === undefined || ((example as Record<string, unknown> | null)?.[flag] === true) === wantStream,
    );
    let example = candidates[0] ?? operation.body.examples[0] ?? sampleValue(model.document, schema);
    if (flag !== undefined && example !== null && typeof example === "object") {
      const { [flag]: _, ...rest } = example as Record<string, unknown>;
      example = wantStream ? { ...rest, [flag]: true } : rest;
    }
    args.push(literal(example, ""));
  }
  if (operation.params?.required) {
    args.push(
      literal(
        sampleValue(
          model.document,
          resolveSchema(model.document, { $ref: `#/components/schemas/${operation.params.typeName}` }),
        ),
        "",
      ),
    );
  }
  const call =
    form === "function"
      ? `${operation.functionName}(${[client, ...args].join(", ")})`
      : `${client}.${[...operation.namespace, operation.methodName].join(".")}(${args.join(", ")})`;
  if (variant === "streaming") {
    return [...`const stream = await ${call};`.split("\n"), "for await (const event of stream) console.log(event);"];
  }
  if (operation.responseKind === "binary") {
    return [...`const response = await ${call};`.split("\n"), "const bytes = await response.arrayBuffer();"];
  }
  if (operation.responseKind === "text") return [...`const text = await ${call};`.split("\n"), "console.log(text);"];
  if (operation.responseTypes.length === 0) return `await ${call};`.split("\n");
  const name = operation.responseTypes.length === 1 ? camelCase(operation.responseTypes[0]!) : "result";
  return [...`const ${name} = await ${call};`.split("\n"), `console.log(${name});`];
}

/** The `body` argument: the named JSON or form type, core's `Uploadable` for bytes, `string` for text. */
function bodyParameter(operation: OperationModel, variant: Variant): Parameter {
  const body = operation.body!;
  const suffix = variant === "streaming" ? "Streaming" : variant === "nonStreaming" ? "NonStreaming" : "";
  const type =
    body.typeName !== undefined ? `${body.typeName}${suffix}` : body.kind === "text" ? "string" : "Uploadable";
  const what =
    body.kind === "multipart"
      ? `a \`${body.typeName}\`, sent as \`multipart/form-data\` (files as \`Blob\`, \`File\`, \`Uint8Array\` or \`ReadableStream\`)`
      : body.kind === "urlencoded"
        ? `a \`${body.typeName}\`, sent as \`application/x-www-form-urlencoded\``
        : body.typeName !== undefined
          ? `a \`${body.typeName}\``
          : `the \`${body.contentType}\` content (${body.kind === "text" ? "text" : "a `Blob`, `File`, `Uint8Array`, `ArrayBuffer` or `ReadableStream`"})`;
  return { name: "body", type, optional: !body.required && variant !== "streaming", doc: `The request body: ${what}.` };
}

/** The `params` argument: the query and header parameters, as fields under their spec names. */
function paramsParameter(params: NonNullable<OperationModel["params"]>): Parameter {
  const kinds = [...new Set(params.fields.map((field) => field.in))].join(" and ");
  return {
    name: "params",
    type: params.typeName,
    optional: !params.required,
    doc: `The ${kinds} parameters: a \`${params.typeName}\`.`,
  };
}

/** The call's `query`, `queryStyles`, `headers` and `checkParams` entries for the operation's parameters. */
function parameterCallFields(operation: OperationModel): string[] {
  const entries: string[] = [];
  const fields = operation.params?.fields ?? [];
  const access = (name: string) => {
    const member = propertyAccess(name);
    if (operation.params!.required) return `params${member}`;
    return `params?${member.startsWith(".") ? member : `.${member}`}`;
  };
  const query = fields.filter((field) => field.in === "query");
  const headers = fields.filter((field) => field.in === "header");
  if (query.length > 0) {
    entries.push(`query: { ${query.map((field) => `${propertyKey(field.name)}: ${access(field.name)}`).join(", ")} }`);
    const styled = query.filter((field) => field.style !== "form" || !field.explode);
    if (styled.length > 0) {
      const styles = styled.map(
        (field) => `${propertyKey(field.name)}: { style: ${JSON.stringify(field.style)}, explode: ${field.explode} }`,
      );
      entries.push(`serializeQuery: styledQuery({ ${styles.join(", ")} })`);
    }
  }
  if (headers.length > 0) {
    entries.push(
      `headers: { ${headers.map((field) => `${propertyKey(field.name)}: ${access(field.name)}`).join(", ")} }`,
    );
  }
  if (operation.paramsCheck !== undefined) entries.push(`checkParams: ${checkerName(operation.paramsCheck)}`);
  return entries;
}

/** Core's encoder for each kind of body that is not JSON. */
const BODY_ENCODERS = {
  multipart: "encodeMultipart",
  urlencoded: "encodeUrlencoded",
  binary: "encodeBytes",
  text: "encodeText",
} as const;

/** The functions of core a method's call uses (so only pages calling it bundle them). */
function coreValuesOf(operation: OperationModel): string[] {
  const values: string[] = [];
  if (operation.body !== undefined && operation.body.kind !== "json") values.push(BODY_ENCODERS[operation.body.kind]);
  if (operation.params?.fields.some((field) => field.in === "query" && (field.style !== "form" || !field.explode)))
    values.push("styledQuery");
  return values;
}
