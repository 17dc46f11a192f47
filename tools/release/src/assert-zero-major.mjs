// @ts-check
// Versions stay 0.x until the API is stable: on 0.x a breaking change is a `minor` bump
// (0.1.0 -> 0.2.0), and a `major` changeset would publish 1.0.0 by accident.
import { readReleasedPackages } from "./release-config.mjs";

/**
 * @param {string} rootDir
 * @returns {string[]} one line per released package at 1.0.0 or above
 */
export function findPastZeroMajor(rootDir) {
  return readReleasedPackages(rootDir)
    .filter((pkg) => Number.parseInt(String(pkg.version).split(".")[0] ?? "0", 10) >= 1)
    .map((pkg) => `${pkg.name}@${pkg.version} (${pkg.relativeDir}/package.json)`);
}

export const ZERO_MAJOR_ADVICE =
  "Versions stay 0.x until the API is stable: use a `minor` changeset for a breaking change " +
  "(0.1.0 -> 0.2.0) and `patch` for anything else. Going to 1.0.0 is a deliberate decision: " +
  "change this rule in tools/release/src/assert-zero-major.mjs in the same pull request.";
