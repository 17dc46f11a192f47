import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Replaces each output folder with exactly `files` (paths relative to the folder), all or
 * nothing: every folder is first written in full to a hidden temporary sibling, then swapped in
 * with renames. A folder whose content is already identical is left untouched.
 *
 * @returns the folders that changed.
 */
export function writeOutputs(outputs: { folder: string; files: Map<string, string> }[]): string[] {
  const pending = outputs.filter(({ folder, files }) => !sameContent(folder, files));
  const staged: { folder: string; temporary: string }[] = [];
  try {
    for (const { folder, files } of pending) {
      const temporary = join(dirname(folder), `.${basename(folder)}.tmp-${process.pid}`);
      rmSync(temporary, { recursive: true, force: true });
      staged.push({ folder, temporary });
      for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
        mkdirSync(dirname(join(temporary, path)), { recursive: true });
        writeFileSync(join(temporary, path), content);
      }
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
  for (const { folder, temporary } of staged) {
    const old = join(dirname(folder), `.${basename(folder)}.old-${process.pid}`);
    mkdirSync(dirname(folder), { recursive: true });
    if (existsSync(folder)) renameSync(folder, old);
    renameSync(temporary, folder);
    rmSync(old, { recursive: true, force: true });
  }
  return pending.map(({ folder }) => folder);
}

function sameContent(folder: string, files: Map<string, string>): boolean {
  if (!existsSync(folder)) return false;
  const present = listFiles(folder);
  if (present.length !== files.size) return false;
  return present.every((path) => files.get(path) === readFileSync(join(folder, path), "utf8"));
}

function listFiles(folder: string, prefix = ""): string[] {
  return readdirSync(join(folder, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? listFiles(folder, path) : [path];
  });
}
