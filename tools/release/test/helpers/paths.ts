import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (tools/release/test/helpers -> ../../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
/** tools/release. */
export const releaseDir = path.join(repoRoot, "tools", "release");
/** A script of tools/release/src. */
export const releaseScript = (name: string) => path.join(releaseDir, "src", name);
