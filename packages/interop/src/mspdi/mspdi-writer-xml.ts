// The text side of the MSPDI writer: nested elements with escaped text, indented with tabs as MS
// Project indents its own files. Values are written only when present, so an optional field the
// document leaves out stays out of the file (MS Project then applies its own default).

import type { DurationFormat } from "../document/project-document.js";
import { formatMspdiDurationFormat } from "./mspdi-duration.js";

/** XML 1.0 cannot carry C0 controls other than tab, line feed and carriage return, nor U+FFFE/U+FFFF. */
function isForbiddenInXml(code: number): boolean {
  return (
    (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffe || code === 0xffff
  );
}

/** The text without characters XML cannot carry (the same text when it has none). */
function withoutForbiddenCharacters(text: string): string {
  let kept = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isForbiddenInXml(text.charCodeAt(i))) continue;
    kept += text.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? text : kept + text.slice(from);
}

// A carriage return is escaped so it survives readers that normalise line ends.
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };

/** Escapes element text; characters XML cannot carry at all are dropped. */
export function escapeXmlText(text: string): string {
  return withoutForbiddenCharacters(text).replace(/[&<>\r]/g, (c) => ESCAPES[c] ?? c);
}

/**
 * Writes numbers without binary noise: a value read as `7 / 100` and multiplied back by 100 is
 * `7.000000000000001`, which must go out as `7` for a read -> write -> read to give the same value.
 */
export function formatMspdiNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** Builds an MSPDI document as text, one element at a time. */
export class MspdiXmlWriter {
  private readonly parts: string[] = [];
  private depth = 0;

  /** Writes `<name>`, then the children `body` writes, then `</name>`. */
  element(name: string, body: () => void): void {
    this.parts.push(`${this.indent()}<${name}>\n`);
    this.depth++;
    body();
    this.depth--;
    this.parts.push(`${this.indent()}</${name}>\n`);
  }

  /** Writes the element only when `items` is not empty. */
  list<T>(name: string, items: readonly T[], write: (item: T) => void): void {
    if (items.length === 0) return;
    this.element(name, () => {
      for (const item of items) write(item);
    });
  }

  /** A text leaf; skipped when absent or empty (MSPDI readers treat both alike). */
  text(name: string, value: string | undefined): void {
    if (value === undefined || value.length === 0) return;
    this.parts.push(`${this.indent()}<${name}>${escapeXmlText(value)}</${name}>\n`);
  }

  /** A number leaf; skipped when absent. */
  number(name: string, value: number | undefined): void {
    if (value === undefined) return;
    this.parts.push(`${this.indent()}<${name}>${formatMspdiNumber(value)}</${name}>\n`);
  }

  /** A duration format as its MSPDI code (`7` days, `39` estimated days…); skipped when absent. */
  durationFormat(name: string, format: DurationFormat | undefined): void {
    this.number(name, format === undefined ? undefined : formatMspdiDurationFormat(format));
  }

  /** An MSPDI boolean, `1` or `0`; skipped when absent. */
  flag(name: string, value: boolean | undefined): void {
    if (value === undefined) return;
    this.parts.push(`${this.indent()}<${name}>${value ? 1 : 0}</${name}>\n`);
  }

  /** The whole document, with the XML declaration MS Project writes. */
  toString(): string {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${this.parts.join("")}`;
  }

  /** Opens the root element with its namespace; `body` writes its children. */
  root(name: string, namespace: string, body: () => void): void {
    this.parts.push(`<${name} xmlns="${namespace}">\n`);
    this.depth++;
    body();
    this.depth--;
    this.parts.push(`</${name}>\n`);
  }

  private indent(): string {
    return "\t".repeat(this.depth);
  }
}
