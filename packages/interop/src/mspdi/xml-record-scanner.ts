// A one-pass XML reader for record-shaped files such as MSPDI: elements and text, no attributes
// that matter, no mixed content. It hands each record (a Task, a Calendar…) to the caller as rows
// of an XmlElementTable the moment the record closes, then reuses those rows for the next one, so
// a 45 MB file is never held as a tree and no object is made per element. A generic parser
// (fast-xml-parser) builds the whole tree first; see docs/scheduling.md, "Reading MSPDI".

import { NO_ELEMENT, XmlElementTable } from "./xml-element-table.js";
import { type XmlName, XmlNameTable } from "./xml-name-table.js";

/** A problem that makes the text not well-formed XML. */
export class XmlSyntaxError extends Error {
  override readonly name = "XmlSyntaxError";
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

/** What the scanner does with an element it meets outside a record. */
export type XmlElementRole =
  /** Not recorded; its children are asked about in turn. */
  | "skip"
  /** Recorded and kept until the scan ends (project settings); its children are asked about. */
  | "keep"
  /** Recorded with its whole subtree, handed to `onRecord` when it closes, then dropped. */
  | "record";

/** The caller's side of a scan. */
export interface XmlScanHandler {
  /** The role of an element outside any record, from its path of local names from the root. */
  roleOf(path: readonly string[]): XmlElementRole;
  /** A record has closed; its rows (and only until this returns) are in `table` from `row` on. */
  onRecord(table: XmlElementTable, row: number): void;
}

const SLASH = 47;
const GT = 62;
const BANG = 33;
const QUESTION = 63;

/** Content that needs more than a slice: a comment, CDATA or a processing instruction. */
const HAS_MARKUP = 1;
/** Content with child elements, recorded or not: such an element has no text of its own. */
const HAS_CHILD_ELEMENT = 2;

/**
 * Walks `xml` once, recording what `handler` asks for, and returns the table with the kept
 * elements (records are gone by then). Throws XmlSyntaxError when the text is not well-formed,
 * and whatever the handler throws.
 */
export function scanXml(xml: string, handler: XmlScanHandler): XmlElementTable {
  const names = new XmlNameTable();
  const table = new XmlElementTable(xml, names);
  // The open elements, innermost last, as parallel stacks (no object per element).
  const path: string[] = [];
  const openNames: XmlName[] = [];
  const openRows: number[] = [];
  const openTags: number[] = [];
  const openFlags: number[] = [];
  let recordDepth = -1;
  let previousName: XmlName | undefined;
  const ampersands = new AmpersandCursor(xml);

  const closeTop = (contentEnd: number) => {
    const top = path.length - 1;
    const row = openRows[top] ?? NO_ELEMENT;
    if (row !== NO_ELEMENT) {
      const flags = openFlags[top] ?? 0;
      if ((flags & HAS_CHILD_ELEMENT) !== 0) table.close(row, table.contentStart(row), undefined);
      else
        table.close(
          row,
          contentEnd,
          decodedText(xml, table.contentStart(row), contentEnd, flags, ampersands),
        );
      if (top === recordDepth) {
        handler.onRecord(table, row);
        table.truncate(row);
        recordDepth = -1;
      }
    }
    path.pop();
    openNames.pop();
    openRows.pop();
    openTags.pop();
    openFlags.pop();
  };

  let position = 0;
  const length = xml.length;
  while (position < length) {
    const lt = xml.indexOf("<", position);
    if (lt < 0) break;
    const top = path.length - 1;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) {
      position = skipMarkup(xml, lt, next === QUESTION);
      if (top >= 0) openFlags[top] = (openFlags[top] ?? 0) | HAS_MARKUP;
      continue;
    }
    if (next === SLASH) {
      position = endOfEndTag(xml, lt, openNames[top]) + 1;
      closeTop(lt);
      continue;
    }
    const name = names.nameAfter(previousName, xml, lt + 1, length);
    if (name.qualified.length === 0) {
      throw new XmlSyntaxError(
        xml.indexOf(">", lt) < 0 ? "unterminated tag" : "empty tag name",
        lt,
      );
    }
    previousName = name;
    // Record files rarely carry attributes, so the tag usually ends right after its name.
    const nameEnd = lt + 1 + name.qualified.length;
    const gt = xml.charCodeAt(nameEnd) === GT ? nameEnd : xml.indexOf(">", nameEnd);
    if (gt < 0) throw new XmlSyntaxError("unterminated tag", lt);
    const parentRow = top >= 0 ? (openRows[top] ?? NO_ELEMENT) : NO_ELEMENT;
    if (top >= 0) openFlags[top] = (openFlags[top] ?? 0) | HAS_CHILD_ELEMENT;
    path.push(name.local);
    let row = NO_ELEMENT;
    if (recordDepth >= 0) {
      row = table.open(name, parentRow, lt, gt + 1);
    } else {
      const role = handler.roleOf(path);
      if (role === "record") {
        row = table.open(name, NO_ELEMENT, lt, gt + 1);
        recordDepth = path.length - 1;
      } else if (role === "keep") {
        row = table.open(name, parentRow, lt, gt + 1);
      }
    }
    openNames.push(name);
    openRows.push(row);
    openTags.push(lt);
    openFlags.push(0);
    if (xml.charCodeAt(gt - 1) === SLASH) closeTop(gt + 1);
    position = gt + 1;
  }
  const unclosed = openNames.length - 1;
  if (unclosed >= 0) {
    throw new XmlSyntaxError(
      `<${openNames[unclosed]?.local}> is never closed`,
      openTags[unclosed] ?? 0,
    );
  }
  return table;
}

/**
 * The `>` of the end tag at `lt`, which must close `open`; throws when the tag is cut short or
 * closes something else.
 */
function endOfEndTag(xml: string, lt: number, open: XmlName | undefined): number {
  if (open !== undefined) {
    // The common case, `</Name>`: the `>` right after the name.
    const nameEnd = lt + 2 + open.qualified.length;
    if (xml.charCodeAt(nameEnd) === GT && xml.startsWith(open.qualified, lt + 2)) return nameEnd;
  }
  const gt = xml.indexOf(">", lt + 1);
  if (gt < 0) throw new XmlSyntaxError("unterminated tag", lt);
  if (open !== undefined && isEndTagOf(xml, lt + 2, gt, open.qualified)) return gt;
  const name = localName(xml.slice(lt + 2, gt).trim());
  throw new XmlSyntaxError(
    open === undefined ? `unexpected </${name}>` : `</${name}> closes <${open.local}>`,
    lt,
  );
}

/** True when `xml[start, gt)` is `qualified` followed only by whitespace. */
function isEndTagOf(xml: string, start: number, gt: number, qualified: string): boolean {
  const nameEnd = start + qualified.length;
  if (nameEnd > gt || !xml.startsWith(qualified, start)) return false;
  for (let i = nameEnd; i < gt; i++) {
    const code = xml.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 13) return false;
  }
  return true;
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Skips a comment, CDATA section, DOCTYPE or processing instruction at `lt`; returns the end. */
function skipMarkup(xml: string, lt: number, instruction: boolean): number {
  if (instruction) {
    const end = xml.indexOf("?>", lt + 2);
    if (end < 0) throw new XmlSyntaxError("unterminated processing instruction", lt);
    return end + 2;
  }
  if (xml.startsWith("<!--", lt)) {
    const end = xml.indexOf("-->", lt + 4);
    if (end < 0) throw new XmlSyntaxError("unterminated comment", lt);
    return end + 3;
  }
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = xml.indexOf("]]>", lt + 9);
    if (end < 0) throw new XmlSyntaxError("unterminated CDATA section", lt);
    return end + 3;
  }
  // <!DOCTYPE …> possibly with an internal subset in brackets.
  const bracket = xml.indexOf("[", lt);
  const gt = xml.indexOf(">", lt);
  if (gt < 0) throw new XmlSyntaxError("unterminated declaration", lt);
  if (bracket >= 0 && bracket < gt) {
    const end = xml.indexOf("]>", bracket);
    if (end < 0) throw new XmlSyntaxError("unterminated DOCTYPE", lt);
    return end + 2;
  }
  return gt + 1;
}

/**
 * Finds whether a leaf's content holds an `&` without searching the rest of the file each time:
 * leaves close in file order, so the position of the next `&` only moves forward.
 */
class AmpersandCursor {
  private next = -1;
  constructor(private readonly xml: string) {}

  within(start: number, end: number): boolean {
    if (this.next < start) {
      const at = this.xml.indexOf("&", start);
      this.next = at < 0 ? this.xml.length : at;
    }
    return this.next < end;
  }
}

/**
 * The text of a leaf when it is not a plain slice of the file (entities, CDATA, comments), decoded
 * now so that a bad entity is reported where the scan is; undefined when the slice will do.
 */
function decodedText(
  xml: string,
  start: number,
  end: number,
  flags: number,
  ampersands: AmpersandCursor,
): string | undefined {
  if ((flags & HAS_MARKUP) !== 0) return decodeMixedContent(xml, start, end);
  return ampersands.within(start, end) ? decodeEntities(xml.slice(start, end), start) : undefined;
}

/** Character data between `start` and `end`: CDATA kept as is, comments and instructions left out. */
function decodeMixedContent(xml: string, start: number, end: number): string {
  let text = "";
  let position = start;
  while (position < end) {
    const lt = xml.indexOf("<", position);
    const segmentEnd = lt < 0 || lt > end ? end : lt;
    if (segmentEnd > position) text += decodeEntities(xml.slice(position, segmentEnd), position);
    if (segmentEnd === end) break;
    if (xml.startsWith("<![CDATA[", lt)) {
      const close = xml.indexOf("]]>", lt + 9);
      text += xml.slice(lt + 9, close);
      position = close + 3;
    } else {
      position = skipMarkup(xml, lt, xml.charCodeAt(lt + 1) === QUESTION);
    }
  }
  return text;
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string, offset: number): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);?/g, (whole, body: string, at: number) => {
    if (!whole.endsWith(";")) throw new XmlSyntaxError(`unterminated entity ${whole}`, offset + at);
    if (body.startsWith("#x")) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    const named = NAMED_ENTITIES[body];
    if (named === undefined) throw new XmlSyntaxError(`unknown entity &${body};`, offset + at);
    return named;
  });
}

/** 1-based line of an offset, for messages (computed only when an error is reported). */
export function lineAt(xml: string, offset: number): number {
  let line = 1;
  for (let i = xml.indexOf("\n"); i >= 0 && i < offset; i = xml.indexOf("\n", i + 1)) line++;
  return line;
}
