import type ExcelJS from "exceljs";

/** A plain table: a header row and rows of text, numbers or empty cells. */
export interface PlainTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/**
 * Writes a table as an XLSX workbook with one sheet, the header row bold and frozen. Columns
 * named in `wide` get room for sentences. For lists that are not plans (RAID logs, reports).
 */
export async function writeXlsxTable(
  sheetName: string,
  table: PlainTable,
  wide: readonly string[] = [],
): Promise<Uint8Array> {
  const excel: typeof ExcelJS = (await import("exceljs")).default;
  const workbook = new excel.Workbook();
  workbook.creator = "Orrery";
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = table.headers.map((header, index) => ({
    header,
    key: String(index),
    width: wide.includes(header) ? 40 : 16,
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
