// @ts-check
// Tables as aligned terminal text and as markdown.

/** @typedef {import("./tables.mjs").Table} Table */

/** @param {Table} table */
export function textTable({ title, note, header, rows }) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)));
  const line = (/** @type {string[]} */ cells) =>
    cells
      .map((cell, column) =>
        column === 0
          ? cell.padEnd(/** @type {number} */ (widths[column]))
          : cell.padStart(/** @type {number} */ (widths[column])),
      )
      .join("  ");
  return [
    title,
    ...(note ? [`  ${note}`] : []),
    line(header),
    line(widths.map((width) => "-".repeat(width))),
    ...rows.map(line),
  ].join("\n");
}

/** @param {Table} table */
export function markdownTable({ title, note, header, rows }) {
  const escapeCell = (/** @type {string} */ cell) => cell.replaceAll("|", "\\|");
  const line = (/** @type {string[]} */ cells) => `| ${cells.map(escapeCell).join(" | ")} |`;
  return [
    `### ${title}`,
    "",
    ...(note ? [`${note}.`, ""] : []),
    line(header),
    `| ${header.map((_, column) => (column === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map(line),
  ].join("\n");
}

/**
 * The whole run as markdown: the machine and settings, then every table.
 * @param {any} run
 * @param {Table[]} allTables
 */
export function markdownReport(run, allTables) {
  const { machine } = run;
  const head = [
    ["date", machine.date],
    ["machine", `${machine.os}, ${machine.cpu}, ${machine.memoryGB} GB`],
    ["Node", machine.node],
    [
      "load average (1 min) at start / end",
      `${machine.loadAverageAtStart.toFixed(2)} / ${run.loadAverageAtEnd.toFixed(2)}`,
    ],
    ["commit", machine.commit],
    [
      "packages",
      Object.entries(machine.packages)
        .map(([name, version]) => `${name} ${version}`)
        .join(", "),
    ],
    ["settings", run.settingsText],
    ["duration", `${run.durationSeconds.toFixed(0)} s`],
  ];
  return [
    "## maxtoken bench",
    "",
    "| | |",
    "| --- | --- |",
    ...head.map(([key, value]) => `| ${key} | ${String(value).replaceAll("|", "\\|")} |`),
    "",
    ...allTables.flatMap((table) => [markdownTable(table), ""]),
  ].join("\n");
}
