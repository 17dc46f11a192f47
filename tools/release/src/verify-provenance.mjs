#!/usr/bin/env node
// @ts-check
// After `pnpm release` in .github/workflows/release.yml: checks that npm holds a provenance
// attestation for every version just published. `changeset publish` runs `pnpm publish`,
// which must pick provenance up from NPM_CONFIG_PROVENANCE; if a pnpm release stops honouring
// it, this turns a silent loss of provenance into a failed workflow run.
//
//   node tools/release/src/verify-provenance.mjs '<changesets/action publishedPackages JSON>'
//   e.g. '[{"name":"@maxtoken/core","version":"0.2.0"}]'
// NPM_BIN overrides the npm command (tests use a stand-in); VERIFY_PROVENANCE_ATTEMPTS and
// VERIFY_PROVENANCE_DELAY_MS tune the wait for the registry to show a fresh version.
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";

/**
 * @param {{ name: string, version: string }[]} published
 * @param {{ npm?: string, attempts?: number, delayMs?: number }} [options]
 * @returns {string[]} one line per version without provenance
 */
export function findMissingProvenance(published, { npm = "npm", attempts = 6, delayMs = 10_000 } = {}) {
  const missing = [];
  for (const { name, version } of published) {
    let attestations;
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      const result = spawnSync(npm, ["view", `${name}@${version}`, "dist.attestations", "--json"], {
        encoding: "utf8",
      });
      attestations = parseJson(result.stdout);
      if (result.status === 0 && attestations?.provenance) break;
      if (attempt < attempts) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, delayMs);
    }
    if (!attestations?.provenance) missing.push(`${name}@${version}`);
  }
  return missing;
}

/** @param {string} text */
function parseJson(text) {
  try {
    return text.trim() ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const published = JSON.parse(process.argv[2] ?? "[]");
  const missing = findMissingProvenance(published, {
    npm: process.env.NPM_BIN || "npm",
    attempts: Number(process.env.VERIFY_PROVENANCE_ATTEMPTS || 6),
    delayMs: Number(process.env.VERIFY_PROVENANCE_DELAY_MS || 10_000),
  });
  if (missing.length > 0) {
    console.error(`verify-provenance: npm shows no provenance for ${missing.join(", ")}.`);
    console.error(
      'They were published without it. Make publishing ask for it explicitly: add "publishConfig": { "provenance": true } to those package.json files (or publish with `pnpm publish --provenance`), keep `id-token: write` in release.yml, and release a patch.',
    );
    process.exit(1);
  }
  console.log(
    `verify-provenance: npm shows provenance for ${published.map((/** @type {{ name: string, version: string }} */ pkg) => `${pkg.name}@${pkg.version}`).join(", ") || "nothing (nothing was published)"}.`,
  );
}
