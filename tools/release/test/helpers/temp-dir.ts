import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach } from "vitest";

const created: string[] = [];

/** A fresh folder under the OS temp dir, removed after the test. */
export function makeTempDir(label: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `maxtoken-release-${label}-`));
  created.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});
