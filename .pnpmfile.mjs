// pnpm hooks for this workspace.

// `@maxtoken/source` export conditions point at `src/`, which the workspace resolves (tests run
// on sources without a build) but which is not in a published tarball: a consumer who sets that
// condition would get ERR_MODULE_NOT_FOUND. Every `pnpm pack` and `pnpm publish` drops them.
const SOURCE_CONDITION = "@maxtoken/source";

function withoutSourceCondition(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, entry]) => [key, withoutSourceCondition(entry)]),
  );
}

export const hooks = {
  beforePacking(manifest) {
    if (manifest.exports !== undefined) manifest.exports = withoutSourceCondition(manifest.exports);
    if (manifest.imports !== undefined) manifest.imports = withoutSourceCondition(manifest.imports);
    return manifest;
  },
};
