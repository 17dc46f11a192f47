// @ts-check
// Typechecks the TypeScript snippets of the guides (```ts blocks in docs/guides/*.md and
// docs/home.md) against the packages' sources, so a guide cannot drift from the public API.
// Each block is its own module; the few free names that snippets share (`client`, `body`,
// `stream`, ...) are declared once below, with the types a reader would have.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { docsDir } from "./site-helpers.mjs";

const require = createRequire(import.meta.url);
const repoDir = resolve(docsDir, "..");

/** The free names snippets may use without declaring them. */
const SNIPPET_GLOBALS = `
import type {
  Maxtoken,
  ChatStream,
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
  ProxyPolicy,
} from "@maxtoken/node";
import type { MockServer } from "@maxtoken/mock-server";
declare global {
  const client: Maxtoken;
  const body: ChatCompletionCreateParamsNonStreaming;
  const stream: ChatStream<ChatCompletionChunk, ChatCompletion>;
  const server: MockServer;
  const question: string;
  const output: HTMLElement;
  const userTypedKey: string;
  function isSignedIn(request: Request): Promise<boolean>;
  /** The app's own session check (proxy guides): a user id, or null. */
  function userFromSession(request: Request): Promise<string | null>;
  const messages: ChatCompletionMessageParam[];
  const policy: ProxyPolicy;
  const apiKey: string;
  /** A Hono app, as far as the proxy recipe uses it. */
  const app: { all(path: string, handler: (c: { req: { raw: Request } }) => Promise<Response>): void };
  const Deno: {
    env: { get(name: string): string | undefined };
    serve(handler: (request: Request) => Promise<Response> | Response): unknown;
    stdout: { write(bytes: Uint8Array): Promise<number> };
  };
}
export {};
`;

/** Stand-in for the \`openai\` package, which the migration guide shows "before". */
const OPENAI_STUB = `
declare module "openai" {
  export default class OpenAI {
    constructor(options?: { apiKey?: string | undefined; baseURL?: string });
  }
}
`;

/**
 * Every ```ts block of the guides and the home page.
 * @returns {Promise<Array<{ file: string, line: number, code: string }>>}
 */
export async function readSnippets() {
  const files = [
    join(docsDir, "home.md"),
    ...(await readdir(join(docsDir, "guides")))
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(docsDir, "guides", name)),
  ];
  const snippets = [];
  for (const file of files) {
    const lines = (await readFile(file, "utf8")).split("\n");
    for (let index = 0; index < lines.length; index++) {
      if (!/^```(ts|typescript)\s*$/.test(lines[index] ?? "")) continue;
      const start = index + 1;
      while (index + 1 < lines.length && !/^```\s*$/.test(lines[index + 1] ?? "")) index++;
      snippets.push({
        file: file.slice(docsDir.length + 1),
        line: start + 1,
        code: lines.slice(start, index + 1).join("\n"),
      });
      index++;
    }
  }
  return snippets;
}

/**
 * Typechecks the snippets; resolves to one message per error, naming the guide and line.
 * @param {Array<{ file: string, line: number, code: string }>} snippets
 */
export async function typecheckSnippets(snippets) {
  /** @type {typeof import("typescript")} */
  const ts = require("typescript");
  const dir = await mkdtemp(join(tmpdir(), "maxtoken-docs-snippets-"));
  try {
    const globalsPath = join(dir, "snippet-globals.d.mts");
    await writeFile(globalsPath, SNIPPET_GLOBALS);
    const stubPath = join(dir, "openai-stub.d.ts");
    await writeFile(stubPath, OPENAI_STUB);
    /** @type {Map<string, { file: string, line: number }>} */
    const origin = new Map();
    for (const [index, snippet] of snippets.entries()) {
      const path = join(dir, `snippet-${index}.mts`);
      // `export {}` makes a block without imports a module too, so its names are its own.
      await writeFile(path, `${snippet.code}\nexport {};\n`);
      origin.set(path, snippet);
    }
    const source = (name, entry = "index.ts") => join(repoDir, name, "src", entry);
    const program = ts.createProgram({
      rootNames: [globalsPath, stubPath, ...origin.keys()],
      options: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
        types: ["node"],
        typeRoots: [join(repoDir, "node_modules", "@types")],
        customConditions: ["@maxtoken/source"],
        strict: true,
        noEmit: true,
        allowImportingTsExtensions: true,
        skipLibCheck: true,
        paths: {
          "@maxtoken/core": [source("packages/core")],
          "@maxtoken/core/internal": [source("packages/core", "internal.ts")],
          "@maxtoken/node": [source("packages/node", "generated/index.gen.ts")],
          "@maxtoken/deno": [source("packages/deno", "generated/index.gen.ts")],
          "@maxtoken/browser": [source("packages/browser", "generated/index.gen.ts")],
          "@maxtoken/mock-server": [source("tools/mock-server")],
        },
      },
    });
    const problems = [];
    // Only the snippets' own diagnostics: checking every package file again would be slow,
    // and errors inside the packages are their typecheck's business.
    const diagnostics = [...origin.keys()].flatMap((path) => {
      const file = program.getSourceFile(path);
      return file ? [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)] : [];
    });
    for (const diagnostic of diagnostics) {
      const fileName = diagnostic.file?.fileName;
      const snippet = fileName ? origin.get(resolve(fileName)) : undefined;
      if (!snippet || !diagnostic.file || diagnostic.start === undefined) continue;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      problems.push(
        `${snippet.file}:${snippet.line + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
      );
    }
    return problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
