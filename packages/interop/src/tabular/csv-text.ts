// CSV as RFC 4180 describes it: fields separated by a delimiter, quoted with `"` when they hold a
// delimiter, quote or line break, `""` for a quote inside quotes, CRLF or LF between records.
// Excel writes `;` instead of `,` where the decimal separator is a comma, and "Unicode text" is
// tab-separated, so the delimiter is taken from the header line. Hand-written rather than taken
// from a streaming library because an import needs every record with the line it started on (for
// error messages) and runs synchronously on text already in memory.

/** One record with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** Where the text stops being CSV. */
export interface CsvSyntaxProblem {
  readonly line: number;
  readonly problem: string;
}

const DELIMITERS = [",", ";", "\t"] as const;

/** The delimiter the header line uses most, outside quotes (`,` when there is a tie or none). */
export function detectCsvDelimiter(text: string): string {
  const firstLineEnd = text.search(/\r?\n/);
  const header = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const unquoted = header.replace(/"[^"]*"/g, "");
  let best: string = ",";
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Splits CSV text into records. A byte-order mark is dropped; blank lines are skipped. Returns
 * the first syntax problem (a quote left open, text after a closing quote) instead of guessing.
 * Unquoted fields are cut out with slices rather than built a character at a time, so tens of
 * megabytes parse in well under a second.
 */
export function parseCsv(
  text: string,
  delimiter = detectCsvDelimiter(text),
): { ok: true; records: CsvRecord[] } | ({ ok: false } & CsvSyntaxProblem) {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const length = source.length;
  const delimiterCode = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let recordLine = 1;
  let position = 0;
  while (position <= length) {
    // One field starts here.
    let field: string;
    if (source.charCodeAt(position) === QUOTE) {
      const quoteLine = line;
      let value = "";
      let cursor = position + 1;
      for (;;) {
        const quote = source.indexOf('"', cursor);
        if (quote < 0)
          return { ok: false, line: quoteLine, problem: "a quoted field is never closed" };
        value += source.slice(cursor, quote);
        if (source.charCodeAt(quote + 1) === QUOTE) {
          value += '"';
          cursor = quote + 2;
          continue;
        }
        cursor = quote + 1;
        break;
      }
      line += countLineBreaks(value);
      field = value;
      position = cursor;
      const next = source.charCodeAt(position);
      if (position < length && next !== delimiterCode && next !== CR && next !== LF) {
        return {
          ok: false,
          line,
          problem: `text follows a closing quote (${JSON.stringify(source[position])})`,
        };
      }
    } else {
      let cursor = position;
      while (cursor < length) {
        const code = source.charCodeAt(cursor);
        if (code === delimiterCode || code === CR || code === LF) break;
        cursor++;
      }
      field = source.slice(position, cursor);
      position = cursor;
    }
    fields.push(field);
    const end = source.charCodeAt(position);
    if (position < length && end === delimiterCode) {
      position++;
      continue;
    }
    // End of a record: a line break or the end of the text.
    if (fields.length > 1 || (fields[0] ?? "").length > 0)
      records.push({ line: recordLine, fields });
    fields = [];
    if (position >= length) break;
    position += end === CR && source.charCodeAt(position + 1) === LF ? 2 : 1;
    line++;
    recordLine = line;
  }
  return { ok: true, records };
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** Quotes a field when it holds the delimiter, a quote, a line break or edge spaces. */
function quoteField(field: string, delimiter: string): string {
  const needsQuotes = field.includes(delimiter) || /["\r\n]/.test(field) || field.trim() !== field;
  return needsQuotes ? `"${field.replaceAll('"', '""')}"` : field;
}

/**
 * Writes records as CSV with CRLF line ends (RFC 4180) and a byte-order mark, which Excel needs
 * to open UTF-8 text with accents intact.
 */
export function formatCsv(rows: readonly (readonly string[])[], delimiter = ","): string {
  const lines = rows.map((row) => row.map((field) => quoteField(field, delimiter)).join(delimiter));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
