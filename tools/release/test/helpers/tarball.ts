// The rules a published tarball must follow, as functions over its unpacked files, so that
// they can be tested against fixtures (tarball-rules.test.ts) as well as applied to the real
// packages (pack.test.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** What a tarball may hold, relative to its `package/` folder. */
export const ALLOWED = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^CHANGELOG\.md$/, /^dist\/.+/];
/** Never, even under dist/. */
export const FORBIDDEN = [
  /(^|\/)(test|tests|__tests__|__fixtures__)\//,
  /\.(test|spec)\.[cm]?[jt]sx?$/,
  /\.tsbuildinfo$/,
  /(^|\/)src\//,
];

/** Files of a tarball (relative to its package/ folder) that do not belong there. */
export function unexpectedFiles(files: string[]): string[] {
  return files.filter(
    (file) => !ALLOWED.some((pattern) => pattern.test(file)) || FORBIDDEN.some((pattern) => pattern.test(file)),
  );
}

export function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const relative = prefix ? `${prefix}/${name}` : name;
    return statSync(full).isDirectory() ? listFiles(full, relative) : [relative];
  });
}

/** Every file path an entry point of the manifest names (exports leaves, main, module, types, bin). */
export function entryPoints(manifest: Record<string, unknown>): string[] {
  const targets: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") targets.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const nested of Object.values(value)) walk(nested);
    }
  };
  walk(manifest.exports);
  for (const field of ["main", "module", "types", "typings", "browser"]) walk(manifest[field]);
  walk(typeof manifest.bin === "string" ? manifest.bin : (manifest.bin ?? []));
  return [...new Set(targets)]
    .filter((target) => !target.includes("*"))
    .map((target) => path.posix.normalize(target).replace(/^\.\//, ""));
}

/** Problems with the source maps a tarball ships: files outside the package, or missing. */
export function sourceMapProblems(packageDir: string, files: string[]): string[] {
  const problems: string[] = [];
  const inTarball = new Set(files);
  const maps: { file: string; map: { sources?: string[]; sourceRoot?: string; sourcesContent?: (string | null)[] } }[] =
    [];
  for (const file of files) {
    const text = readFileSync(path.join(packageDir, file), "utf8");
    if (file.endsWith(".map")) {
      maps.push({ file, map: JSON.parse(text) });
      continue;
    }
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    for (const match of text.matchAll(/[#@] sourceMappingURL=(\S+)/g)) {
      const url = match[1] as string;
      if (url.startsWith("data:")) {
        const base64 = url.slice(url.indexOf(",") + 1);
        maps.push({ file, map: JSON.parse(Buffer.from(base64, "base64").toString("utf8")) });
      } else {
        const mapFile = path.posix.normalize(path.posix.join(path.posix.dirname(file), url));
        if (!inTarball.has(mapFile)) problems.push(`${file} points at ${url}, which is not in the tarball`);
      }
    }
  }
  for (const { file, map } of maps) {
    (map.sources ?? []).forEach((source, index) => {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), map.sourceRoot ?? "", source));
      if (resolved.startsWith("../") || path.posix.isAbsolute(resolved)) {
        problems.push(`${file}: source ${source} is outside the package`);
      } else if (!inTarball.has(resolved) && !map.sourcesContent?.[index]) {
        problems.push(`${file}: source ${source} is neither in the tarball nor embedded (sourcesContent)`);
      }
    });
  }
  return problems;
}

export const hasRequireCondition = (manifest: Record<string, unknown>) =>
  JSON.stringify(manifest.exports ?? {}).includes('"require"') || String(manifest.main ?? "").endsWith(".cjs");
