import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The pnpm that runs this test (`npm_execpath`: a script or an executable), else the one on PATH. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/.test(execPath)) return ["pnpm", []];
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath]] : [execPath, []];
}

/** A scratch project outside the workspace with packed tarballs installed by npm. */
export interface ScratchProject {
  dir: string;
  /** The installed tarballs' file names. */
  tarballs: string[];
  remove(): Promise<void>;
}

/**
 * Packs each workspace package with `pnpm pack` (which turns `workspace:*` into real versions),
 * then installs every tarball into a fresh folder with `npm install`, as a user would. Published
 * dependencies, if any, come from the npm registry or npm's cache.
 */
export async function installTarballs(packageDirs: string[]): Promise<ScratchProject> {
  const dir = await mkdtemp(join(tmpdir(), "maxtoken-scratch-"));
  try {
    for (const packageDir of packageDirs) {
      const [command, prefix] = pnpmCommand();
      await run(command, [...prefix, "pack", "--pack-destination", dir], { cwd: packageDir });
    }
    const tarballs = (await readdir(dir)).filter((name) => name.endsWith(".tgz")).sort();
    const dependencies = Object.fromEntries(
      tarballs.map((file) => [
        file.replace(/^maxtoken-/, "@maxtoken/").replace(/-\d+\.\d+\.\d+.*\.tgz$/, ""),
        `file:./${file}`,
      ]),
    );
    await writeFile(
      join(dir, "package.json"),
      JSON.stringify({ name: "scratch", private: true, type: "module", dependencies }, null, 2),
    );
    await run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], {
      cwd: dir,
      env: { ...process.env, NPM_CONFIG_UPDATE_NOTIFIER: "false" },
    });
    return { dir, tarballs, remove: () => rm(dir, { recursive: true, force: true }) };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
