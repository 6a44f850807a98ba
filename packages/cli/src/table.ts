/** A column of a human-readable table: a header and how to read the cell from a row. */
export interface Column<Row> {
  readonly header: string;
  readonly value: (row: Row) => string | number | boolean | null | undefined;
  readonly align?: "left" | "right";
}

/** Renders rows as an aligned plain-text table, header first, for terminals and logs. */
export function formatTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[]): string {
  const cells = rows.map((row) => columns.map((c) => cellText(c.value(row))));
  const widths = columns.map((c, i) =>
    Math.max(c.header.length, ...cells.map((r) => (r[i] ?? "").length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => {
        const width = widths[i] ?? 0;
        return columns[i]?.align === "right" ? v.padStart(width) : v.padEnd(width);
      })
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join("\n");
}

function cellText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  // Line breaks would tear the table apart; leading spaces are kept (outline indentation).
  return String(value).replace(/[\r\n\t]+/g, " ");
}
