// @ts-check

/**
 * The environment for the processes the bench starts: the parent's, minus NODE_OPTIONS, so no
 * loader or flag (tsx, vitest, a debugger) leaks into a measured process.
 * @returns {NodeJS.ProcessEnv}
 */
export function childEnv() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}
