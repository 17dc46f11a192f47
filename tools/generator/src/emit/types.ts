import type * as TS from "typescript";
import type { ApiModel } from "../api-model.ts";
import { resolveSchema } from "../model/schema-refs.ts";
import type { Schema } from "../openapi-document.ts";
import { binaryType } from "./binary-type.ts";
import { knownValuesType } from "./known-values.ts";
import { docComment, schemaDocLines, syntheticDocText } from "./tsdoc.ts";
import { typeHelperBlocks } from "./type-helpers.ts";
import { openapiTS, ts } from "./typescript.ts";

/**
 * `types.gen.ts`: one readable declaration per component schema, under the schema's own name
 * (an interface for an object, a type alias otherwise), with TSDoc from the spec; plus the
 * `<Params>Streaming` / `<Params>NonStreaming` variants of operations with `x-stream-flag`.
 *
 * openapi-typescript turns the schemas into TypeScript nodes; this module lifts each schema out
 * of its `components["schemas"]` interface, rewrites `components["schemas"]["X"]` to `X` and
 * replaces the comments with TSDoc.
 */
export async function emitTypes(model: ApiModel, header: string): Promise<string> {
  const schemas = model.document.components?.schemas ?? {};
  // A spec without schemas (every answer empty or raw) has no types to declare.
  if (Object.keys(schemas).length === 0) return `${header}\nexport {};\n`;
  const propertySchemas = new WeakMap<TS.Node, Schema>();
  const nodes = await openapiTS(
    {
      openapi: model.document.openapi,
      info: { title: "types", version: "0" },
      paths: {},
      components: { schemas },
    } as never,
    {
      silent: true,
      defaultNonNullable: false,
      emptyObjectsUnknown: true,
      transform: (schema) => binaryType(schema as Schema) ?? knownValuesType(schema as Schema),
      transformProperty: (property, schema) => {
        propertySchemas.set(property, schema as Schema);
        return undefined;
      },
    },
  );

  const components = nodes.find(
    (node): node is TS.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === "components",
  );
  const schemasMember = components?.members.find((member) => memberName(member) === "schemas");
  if (
    schemasMember === undefined ||
    !ts.isPropertySignature(schemasMember) ||
    !schemasMember.type ||
    !ts.isTypeLiteralNode(schemasMember.type)
  ) {
    throw new Error(
      "openapi-typescript returned no components.schemas: is the openapi-typescript version the one pinned in package.json?",
    );
  }

  const { factory } = ts;
  const rewrite = (node: TS.Node): TS.Node => {
    const referenced = schemaReference(node);
    if (referenced !== undefined) return factory.createTypeReferenceNode(referenced);
    const propertySchema = propertySchemas.get(node);
    let updated = ts.visitEachChild(node, rewrite, undefined);
    if (ts.isIntersectionTypeNode(updated)) updated = closeObject(updated);
    if (ts.isPropertySignature(node)) {
      const fallback =
        propertySchema?.$ref === undefined ? undefined : resolveSchema(model.document, propertySchema)?.description;
      setDoc(updated, propertySchema === undefined ? [] : schemaDocLines(propertySchema, fallback));
    }
    return updated;
  };

  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed, removeComments: false });
  const sourceFile = ts.createSourceFile("types.gen.ts", "", ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const print = (node: TS.Node) => halveIndent(printer.printNode(ts.EmitHint.Unspecified, node, sourceFile));
  const exported = [factory.createModifier(ts.SyntaxKind.ExportKeyword)];

  const interfaces = new Set<string>();
  const declarations = new Map<string, string>();
  for (const member of schemasMember.type.members) {
    const name = memberName(member);
    if (name === undefined || !ts.isPropertySignature(member) || member.type === undefined) continue;
    const type = rewrite(member.type) as TS.TypeNode;
    const members = objectMembers(type);
    const declaration: TS.Node =
      members === undefined
        ? factory.createTypeAliasDeclaration(exported, name, undefined, type)
        : factory.createInterfaceDeclaration(exported, name, undefined, undefined, members);
    if (members !== undefined) interfaces.add(name);
    setDoc(declaration, schemaDocLines(schemas[name] ?? {}));
    declarations.set(name, print(declaration));
  }

  const blocks: string[] = [];
  for (const [name, text] of declarations) {
    blocks.push(text);
    for (const operation of model.operations) {
      if (operation.stream === undefined || operation.body?.typeName !== name) continue;
      const { flag, flagNullable, eventType } = operation.stream;
      const flagSchema = schemas[name]?.properties?.[flag] ?? {};
      const flagDoc = schemaDocLines({ ...flagSchema, default: undefined });
      const key = /^[A-Za-z_$][\w$]*$/.test(flag) ? flag : JSON.stringify(flag);
      const answer = operation.responseTypes.map((type) => `\`${type}\``).join(" or ");
      blocks.push(
        variant(
          name,
          `${name}Streaming`,
          interfaces.has(name),
          [`\`${name}\` with \`${flag}: true\`: the answer is a \`Stream\` of \`${eventType}\` events.`],
          `${docComment(flagDoc, "  ")}  ${key}: true;`,
        ),
        variant(
          name,
          `${name}NonStreaming`,
          interfaces.has(name),
          [`\`${name}\` without \`${flag}: true\`: the answer is one ${answer}.`],
          `${docComment(flagDoc, "  ")}  ${key}?: false${flagNullable ? " | null" : ""};`,
        ),
      );
    }
  }
  return `${header}\n${[...blocks, ...typeHelperBlocks(blocks)].join("\n\n")}\n`;
}

/**
 * Drops the `[key: string]: unknown` that `additionalProperties: true` (or `{}`) gives an object
 * with declared properties: the types are closed, so a misspelt field is a compile error. The spec
 * keeps `additionalProperties: true` (the API accepts undocumented fields, and the request checker
 * lets them through); unknown fields are sent on purpose through `extraBody`. An object without
 * declared properties (a free-form map) and a typed map (`additionalProperties: { type: ... }`)
 * keep their index signature. tools/generator/README.md says why responses are closed too.
 */
function closeObject(node: TS.TypeNode): TS.TypeNode {
  // openapi-typescript writes such an object as `{ ...properties } & { [key: string]: unknown }`.
  if (!ts.isIntersectionTypeNode(node)) return node;
  const isOpenness = (part: TS.TypeNode) =>
    ts.isTypeLiteralNode(part) &&
    part.members.every(
      (member) => ts.isIndexSignatureDeclaration(member) && member.type.kind === ts.SyntaxKind.UnknownKeyword,
    );
  const declared = node.types.filter((part) => !isOpenness(part));
  const hasProperties = declared.some(
    (part) => ts.isTypeLiteralNode(part) && part.members.some((member) => ts.isPropertySignature(member)),
  );
  if (!hasProperties || declared.length === node.types.length) return node;
  return declared.length === 1 ? declared[0]! : ts.factory.createIntersectionTypeNode(declared);
}

function variant(base: string, name: string, baseIsInterface: boolean, doc: string[], member: string): string {
  const comment = docComment(doc);
  return baseIsInterface
    ? `${comment}export interface ${name} extends ${base} {\n${member}\n}`
    : `${comment}export type ${name} = ${base} & {\n${member}\n};`;
}

function memberName(member: TS.TypeElement): string | undefined {
  const name = member.name;
  if (name === undefined) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

/** `components["schemas"]["X"]` -> `"X"`. */
function schemaReference(node: TS.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) return undefined;
  const root = node.objectType.objectType;
  const section = literalText(node.objectType.indexType);
  if (
    !ts.isTypeReferenceNode(root) ||
    !ts.isIdentifier(root.typeName) ||
    root.typeName.text !== "components" ||
    section !== "schemas"
  ) {
    return undefined;
  }
  return literalText(node.indexType);
}

function literalText(node: TS.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

/** The members of an object type (a type literal, or an intersection of type literals), or `undefined`. */
function objectMembers(type: TS.TypeNode): TS.TypeElement[] | undefined {
  if (ts.isTypeLiteralNode(type)) return [...type.members];
  if (ts.isIntersectionTypeNode(type) && type.types.every(ts.isTypeLiteralNode)) {
    return type.types.flatMap((part) => [...(part as TS.TypeLiteralNode).members]);
  }
  return undefined;
}

function setDoc(node: TS.Node, lines: string[]): void {
  const text = syntheticDocText(lines);
  ts.setSyntheticLeadingComments(
    node,
    text === undefined
      ? undefined
      : [{ kind: ts.SyntaxKind.MultiLineCommentTrivia, text, hasTrailingNewLine: true, pos: -1, end: -1 }],
  );
}

/** The printer indents by 4; the rest of the generated code (and the repo) by 2. */
function halveIndent(text: string): string {
  return text.replace(/^((?: {4})+)/gm, (indent) => " ".repeat(indent.length / 2));
}
