// @ts-check
// A default run puts its markdown report into bench/README.md, between two markers, so the
// README always shows a real run's table.
import { readFileSync, writeFileSync } from "node:fs";

const START = "<!-- latest-results:start -->";
const END = "<!-- latest-results:end -->";

/**
 * @param {URL} readme
 * @param {string} report  markdownReport() output; its first heading line is dropped (the README has its own)
 */
export function updateReadme(readme, report) {
  const text = readFileSync(readme, "utf8");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end < start) throw new Error(`${readme.pathname} lacks the ${START} ... ${END} markers.`);
  const body = report.replace(/^## .*\n+/, "").trimEnd();
  writeFileSync(readme, `${text.slice(0, start + START.length)}\n${body}\n${text.slice(end)}`);
}
