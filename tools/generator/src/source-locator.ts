import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fromPointer, toPointer } from "@maxtoken/spec";
import { parse } from "yaml";

/** Where a pointer of the bundled document lives in the split source files. */
export interface SourceLocation {
  /** Absolute path of the source file. */
  file: string;
  /** JSON pointer inside that file. */
  pointer: string;
}

/**
 * Maps pointers of the bundled document back to the file a person edits: it walks the root
 * file along the pointer and follows each `$ref` into the file it names, the way the bundler
 * did. A pointer it cannot follow (into something the bundler invented) stays in the file
 * reached so far.
 */
export function createSourceLocator(rootFile: string): (bundledPointer: string) => SourceLocation {
  const files = new Map<string, unknown>();
  const load = (file: string): unknown => {
    if (!files.has(file)) {
      let parsed: unknown;
      try {
        parsed = parse(readFileSync(file, "utf8"));
      } catch {
        parsed = undefined;
      }
      files.set(file, parsed);
    }
    return files.get(file);
  };

  return (bundledPointer) => {
    let file = resolve(rootFile);
    let segments: string[] = [];
    let node = load(file);
    const rest = fromPointer(bundledPointer);
    for (let index = 0; index < rest.length; index++) {
      // Follow `$ref`s (at most a few hops) before stepping into the node.
      for (let hops = 0; hops < 8 && isRef(node); hops++) {
        const [target = "", fragment = ""] = node.$ref.split("#");
        if (target !== "") file = resolve(dirname(file), target);
        segments = fromPointer(fragment);
        node = walk(load(file), segments);
      }
      const segment = rest[index]!;
      if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) {
        return { file, pointer: toPointer([...segments, ...rest.slice(index)]) };
      }
      node = (node as Record<string, unknown>)[segment];
      segments.push(segment);
    }
    return { file, pointer: toPointer(segments) };
  };
}

function isRef(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === "object" && typeof (node as { $ref?: unknown }).$ref === "string";
}

function walk(node: unknown, segments: string[]): unknown {
  for (const segment of segments) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}
