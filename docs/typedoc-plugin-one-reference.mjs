// @ts-check
// Shapes the merged reference the way a reader needs it (typedoc's packages mode prints every
// package in full, alphabetically):
// - one canonical reference for the shared API, @maxtoken/node's: the Deno and browser packages
//   export the same names from the same generator and core, so their pages keep what is theirs
//   (the package's own text) and link to node's for the rest; core's page keeps only what the
//   runtime packages do not re-export;
// - the packages in the order of `documentedPackages` (the main package first);
// - search ranks the guides first, then the main package, then the rest;
// - open string types read `string`, not `string & {}`;
// - the `create` page lists the request fields (read off the spec) instead of a type name;
// - `Maxtoken`'s page starts with what users call (`chat`), the low-level `request` comes last;
// - every page shows the SDK's version, linking to the changelog.
import {
  Application,
  Comment,
  IndexEvent,
  IntrinsicType,
  JSX,
  ReflectionGroup,
  ReflectionKind,
  UnionType,
} from "typedoc";
import { oneReference } from "./typedoc.config.mjs";

/**
 * @typedef {object} OneReferenceOptions
 * @property {string} main the package that holds the canonical reference
 * @property {string[]} order every documented package, in navigation order
 * @property {string[]} sameAsMain packages whose API is the main one's (their pages link to it)
 * @property {string[]} shared packages whose re-exported names the main package documents
 * @property {string} version the SDK version shown on every page
 * @property {string} requestFieldsMarkdown the table of request fields for the `create` and `createChatCompletion` pages
 * @property {Record<string, number> & { document: number, inherited: number }} searchBoosts relevance multipliers:
 *   "document" (a guide), "inherited" (a member declared in a parent class) or a package name
 */

/** A sentence of the packages' index.ts comments that is about the file itself. */
const SOURCE_NOTE = /\n*Every export is listed here by name; each is documented where it is declared\.\n*/;

/** Where a package README's contributor part begins. */
const CONTRIBUTORS_HEADING = "## For contributors";

/** typedoc's file name for a package: "@maxtoken/node" -> "_maxtoken_node". */
const slug = (name) => name.replace(/[@/-]/g, "_");

/**
 * @param {Application} app
 * @param {OneReferenceOptions} options
 */
export function installOneReference(app, options) {
  app.on(Application.EVENT_PROJECT_REVIVE, (project) => {
    const modules = new Map((project.children ?? []).map((module) => [module.name, module]));
    const main = modules.get(options.main);
    // A build of other packages (the strict-build test's fixture) is left as typedoc made it.
    if (!main) return;
    const mainNames = new Set((main.children ?? []).map((child) => child.name));

    // A README's "## For contributors" part (how it is built and tested) stays out of the site.
    for (const module of modules.values()) {
      const readme = module.readme ?? [];
      const at = readme.findIndex((part) => part.kind === "text" && part.text.includes(CONTRIBUTORS_HEADING));
      if (at < 0) continue;
      const kept = readme[at]?.text.slice(0, readme[at].text.indexOf(CONTRIBUTORS_HEADING)) ?? "";
      module.readme = [...readme.slice(0, at), { kind: "text", text: kept }];
    }

    // "Every export is listed here by name" speaks to readers of index.ts, not of the site.
    for (const module of modules.values()) {
      for (const part of module.comment?.summary ?? []) {
        if (part.kind === "text") part.text = part.text.replace(SOURCE_NOTE, "\n\n");
      }
    }

    for (const name of options.sameAsMain) {
      const module = modules.get(name);
      if (!module) continue;
      const note = Comment.splitPartsToHeaderAndBody([
        {
          kind: "text",
          text:
            `\n\n## API\n\n\`${name}\` exports the same API as \`${options.main}\`: the \`Maxtoken\` client, ` +
            "`chat.completions.create` and its types, streams and the error classes, under the same names. " +
            `Only the import path and what this page says above differ. The reference is on ` +
            `[${options.main}'s page](site:modules/${slug(options.main)}.html).\n`,
        },
      ]);
      module.readme = [...(module.readme ?? []), ...note.body];
    }
    // What the main package documents is removed from the others; what is their own stays.
    for (const name of [...options.sameAsMain, ...options.shared]) {
      const module = modules.get(name);
      if (!module) continue;
      for (const child of [...(module.children ?? [])]) {
        if (mainNames.has(child.name)) project.removeReflection(child);
      }
      // The index lists a module's groups (and their categories), which still name the removed.
      const kept = /** @type {Set<unknown>} */ (new Set(module.children ?? []));
      for (const group of module.groups ?? []) {
        group.children = group.children.filter((child) => kept.has(child));
        for (const category of group.categories ?? [])
          category.children = category.children.filter((child) => kept.has(child));
      }
      module.groups = module.groups?.filter((group) => group.children.length > 0);
      // A shared package whose whole user API the main package re-exports (core) says where it
      // is documented, and that its `/internal` entry (the generated code's contract) is not for
      // applications, rather than showing an empty page.
      if (options.shared.includes(name) && (module.children ?? []).length === 0) {
        const note = Comment.splitPartsToHeaderAndBody([
          {
            kind: "text",
            text:
              `\n\n## API\n\nEvery runtime package re-exports \`${name}\`'s API under the same names, so it is ` +
              `documented once, on [${options.main}'s page](site:modules/${slug(options.main)}.html). ` +
              `\`${name}/internal\` is the contract that generated code calls: it is not for applications ` +
              "and may change in any release, so it is not documented here.\n",
          },
        ]);
        module.readme = [...(module.readme ?? []), ...note.body];
      }
    }

    // Navigation and the module list follow `order`.
    const rank = (reflection) => {
      const at = options.order.indexOf(reflection.name);
      return at < 0 ? options.order.length : at;
    };
    project.children?.sort((a, b) => rank(a) - rank(b));
    for (const group of project.groups ?? []) group.children.sort((a, b) => rank(a) - rank(b));

    // `string & {}` (an open string type) reads `string`.
    for (const reflection of Object.values(project.reflections)) {
      /** @type {any[]} */
      const holders = [reflection, ...(reflection.isDeclaration() ? (reflection.signatures ?? []) : [])];
      for (const holder of holders) {
        if ("type" in holder && holder.type) holder.type = readableType(holder.type);
        if ("parameters" in holder)
          for (const parameter of holder.parameters ?? []) parameter.type &&= readableType(parameter.type);
      }
    }

    // Search: guides first, then the main package, then the rest.
    for (const reflection of Object.values(project.reflections)) {
      const boost = reflection.isDocument()
        ? options.searchBoosts.document * (reflection.children?.length ? 0.2 : 1) // a guide over the list of guides
        : options.searchBoosts[moduleOf(reflection)?.name ?? ""];
      // A member inherited by every error class is one result, not fourteen: its declaration ranks.
      const inherited = reflection.isDeclaration() && reflection.inheritedFrom ? options.searchBoosts.inherited : 1;
      const ranked = /** @type {{ relevanceBoost?: number }} */ (reflection);
      ranked.relevanceBoost = (ranked.relevanceBoost ?? 1) * (boost ?? 1) * inherited;
    }

    // `create` and its standalone form: the request fields, where the reader looks for them.
    const resource = main.children?.find((child) => child.name === "ChatCompletionsResource");
    const places = [
      {
        name: "ChatCompletionsResource.create",
        reflection: resource?.children?.find((child) => child.name === "create"),
      },
      {
        name: "createChatCompletion",
        reflection: main.children?.find((child) => child.name === "createChatCompletion"),
      },
    ];
    for (const { name, reflection } of places) {
      const firstSignature = reflection?.signatures?.[0];
      if (!firstSignature?.comment) {
        app.logger.warn(`docs: ${name} has no documented signature to list the request fields on`);
      } else
        firstSignature.comment.summary.push({
          kind: "text",
          text: `\n\n**Request fields** (\`body\`; the required ones first):\n\n${options.requestFieldsMarkdown}\n\n`,
        });
    }

    // `Maxtoken`: what users call first, the low-level `request` last.
    const client = main.children?.find((child) => child.name === "Maxtoken");
    if (client?.groups) {
      const lowLevel = new ReflectionGroup("Low-level", client);
      for (const group of client.groups) {
        lowLevel.children.push(...group.children.filter((child) => child.name === "request"));
        group.children = group.children.filter((child) => child.name !== "request");
      }
      const groupRank = (group) => ["Properties", "Constructors", "Methods", "Low-level"].indexOf(group.title);
      client.groups = [...client.groups.filter((group) => group.children.length > 0), lowLevel].sort(
        (a, b) => groupRank(a) - groupRank(b),
      );
    }
  });

  // A page's `keywords` (front matter of a guide) are searched like its title: "install" finds
  // the getting-started guides even where the word is rare in their text.
  app.renderer.on(IndexEvent.PREPARE_INDEX, (event) => {
    event.searchFieldWeights.keywords = 2 * (event.searchFieldWeights.name ?? 10);
    event.searchResults.forEach((reflection, index) => {
      const keywords = reflection.isDocument() ? reflection.frontmatter.keywords : undefined;
      if (Array.isArray(keywords) && event.searchFields[index]) event.searchFields[index].keywords = keywords.join(" ");
    });
  });

  app.renderer.hooks.on("content.begin", (context) =>
    JSX.createElement(
      "p",
      { class: "sdk-version" },
      `maxtoken SDK ${options.version} · `,
      JSX.createElement("a", { href: context.relativeURL("documents/Changelog.html") }, "Changelog"),
    ),
  );
}

/** @param {Application} app */
export function load(app) {
  installOneReference(app, oneReference);
}

/** The package a reflection belongs to (its top-level module). */
function moduleOf(reflection) {
  let current = reflection;
  while (current?.parent && !current.parent.isProject()) current = current.parent;
  return current?.kindOf?.(ReflectionKind.Module) ? current : undefined;
}

/**
 * A type with every `string & {}` member of a union replaced by `string`.
 * @param {import("typedoc").SomeType} type
 * @returns {import("typedoc").SomeType}
 */
function readableType(type) {
  if (type instanceof UnionType) {
    return new UnionType(
      type.types.map((member) =>
        member.toString() === "string & {}" ? new IntrinsicType("string") : readableType(member),
      ),
    );
  }
  if (type.type === "array") return Object.assign(type, { elementType: readableType(type.elementType) });
  return type;
}
