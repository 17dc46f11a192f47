import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The differences between a freshly generated folder and an output folder, one line per file:
 * `<path> (changed)`, `<path> (missing)` or `<path> (not generated)`. Reads only.
 */
export function compareFolders(fresh: string, output: string): string[] {
  const expected = listFiles(fresh);
  const present = existsSync(output) ? listFiles(output) : [];
  const lines: string[] = [];
  for (const path of expected) {
    if (!present.includes(path)) lines.push(`${path} (missing)`);
    else if (readFileSync(join(fresh, path), "utf8") !== readFileSync(join(output, path), "utf8"))
      lines.push(`${path} (changed)`);
  }
  for (const path of present) if (!expected.includes(path)) lines.push(`${path} (not generated)`);
  return lines;
}

function listFiles(folder: string, prefix = ""): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true })
    .flatMap((entry) => {
      const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(folder, path) : [path];
    })
    .sort();
}
