// The elements the XML scanner has recorded, as columns of numbers rather than one object per
// element: names by id, tree links, and where each element's content lies in the text. Text is
// cut out of the file only when a reader asks for it, so fields nobody reads cost nothing. The
// scanner reuses one table for every record of a file (a record's rows are dropped once it has
// been read), which keeps a 100,000-task file from making millions of small objects.

import { wholeNumberIn } from "../whole-number-text.js";
import type { XmlName, XmlNameTable } from "./xml-name-table.js";

/** No element: the parent of a top-level row, the end of a sibling chain. */
export const NO_ELEMENT = -1;

const INITIAL_ROWS = 256;

/** Recorded elements of the file being scanned; row numbers are valid until the scan moves on. */
export class XmlElementTable {
  private names: XmlName[] = [];
  private firstChildOf = new Int32Array(INITIAL_ROWS);
  private lastChildOf = new Int32Array(INITIAL_ROWS);
  private nextSiblingOf = new Int32Array(INITIAL_ROWS);
  private tagOffsetOf = new Int32Array(INITIAL_ROWS);
  private contentStartOf = new Int32Array(INITIAL_ROWS);
  private contentEndOf = new Int32Array(INITIAL_ROWS);
  /** Text of leaves whose content needed decoding (entities, CDATA, comments), by row. */
  private readonly decodedText = new Map<number, string>();
  private rows = 0;

  // A lookup from local name id to the first child of that name, for one parent at a time.
  // Readers ask a record for dozens of fields by name; indexing its children once makes each
  // ask two array reads. Stamps avoid clearing the arrays between parents.
  private indexedParent = NO_ELEMENT;
  private indexStamp = 0;
  private childStamp = new Int32Array(0);
  private childByName = new Int32Array(0);

  constructor(
    readonly xml: string,
    readonly nameTable: XmlNameTable,
  ) {}

  /** How many rows are recorded. */
  get count(): number {
    return this.rows;
  }

  /** Records an element whose start tag is at `tagOffset`; its content starts at `contentStart`. */
  open(name: XmlName, parent: number, tagOffset: number, contentStart: number): number {
    const row = this.rows;
    if (row === this.firstChildOf.length) this.grow();
    this.rows = row + 1;
    this.names[row] = name;
    this.firstChildOf[row] = NO_ELEMENT;
    this.lastChildOf[row] = NO_ELEMENT;
    this.nextSiblingOf[row] = NO_ELEMENT;
    this.tagOffsetOf[row] = tagOffset;
    this.contentStartOf[row] = contentStart;
    this.contentEndOf[row] = contentStart;
    if (parent !== NO_ELEMENT) {
      const last = this.lastChildOf[parent] ?? NO_ELEMENT;
      if (last === NO_ELEMENT) this.firstChildOf[parent] = row;
      else this.nextSiblingOf[last] = row;
      this.lastChildOf[parent] = row;
      if (parent === this.indexedParent) this.indexedParent = NO_ELEMENT;
    }
    return row;
  }

  /** Marks where an element's content ends (its end tag), with its decoded text if it needed any. */
  close(row: number, contentEnd: number, decoded: string | undefined): void {
    this.contentEndOf[row] = contentEnd;
    if (decoded !== undefined) this.decodedText.set(row, decoded);
  }

  /** Drops `row` and every row after it: a record that has been read. */
  truncate(row: number): void {
    this.rows = row;
    this.indexedParent = NO_ELEMENT;
    for (const key of this.decodedText.keys()) if (key >= row) this.decodedText.delete(key);
  }

  /** The element's local name, e.g. `Task`. */
  name(row: number): string {
    return this.nameOf(row).local;
  }

  /** Offset of the element's start tag in the text, for messages. */
  tagOffset(row: number): number {
    return this.tagOffsetOf[row] ?? 0;
  }

  /** Where the element's content starts: just after its start tag. */
  contentStart(row: number): number {
    return this.contentStartOf[row] ?? 0;
  }

  /** The first child, or NO_ELEMENT. */
  firstChild(row: number): number {
    return this.firstChildOf[row] ?? NO_ELEMENT;
  }

  /** The next sibling, or NO_ELEMENT. */
  nextSibling(row: number): number {
    return this.nextSiblingOf[row] ?? NO_ELEMENT;
  }

  /** True when the element has element children (a record, not a value). */
  hasChildren(row: number): boolean {
    return this.firstChild(row) !== NO_ELEMENT;
  }

  /** The text of a leaf, entities decoded; "" for an element with element children. */
  text(row: number): string {
    if (this.hasChildren(row)) return "";
    const decoded = this.decodedText.get(row);
    if (decoded !== undefined) return decoded;
    return this.xml.slice(this.contentStartOf[row], this.contentEndOf[row]);
  }

  /**
   * The leaf's text as a number when it is plain digits (see `wholeNumberIn`), read without
   * making a string; undefined for any other text, which the caller reads as text.
   */
  wholeNumber(row: number): number | undefined {
    if (this.hasChildren(row) || this.decodedText.has(row)) return undefined;
    return wholeNumberIn(this.xml, this.contentStartOf[row] ?? 0, this.contentEndOf[row] ?? 0);
  }

  /** The first child whose local name has id `id` (see XmlNameTable), or NO_ELEMENT. */
  childNamed(parent: number, id: number): number {
    if (id < 0) return NO_ELEMENT;
    if (this.indexedParent !== parent) this.indexChildren(parent);
    return this.childStamp[id] === this.indexStamp
      ? (this.childByName[id] ?? NO_ELEMENT)
      : NO_ELEMENT;
  }

  /** Every child whose local name has id `id`, in file order. */
  childrenNamed(parent: number, id: number): number[] {
    if (this.childNamed(parent, id) === NO_ELEMENT) return [];
    const rows: number[] = [];
    for (let child = this.firstChild(parent); child !== NO_ELEMENT; child = this.nextSibling(child))
      if (this.nameOf(child).localId === id) rows.push(child);
    return rows;
  }

  /** Every child, in file order. */
  children(parent: number): number[] {
    const rows: number[] = [];
    for (let child = this.firstChild(parent); child !== NO_ELEMENT; child = this.nextSibling(child))
      rows.push(child);
    return rows;
  }

  private nameOf(row: number): XmlName {
    const name = this.names[row];
    if (name === undefined || row >= this.rows) throw new RangeError(`no element row ${row}`);
    return name;
  }

  private indexChildren(parent: number): void {
    const needed = this.nameTable.localCount;
    if (this.childStamp.length < needed) {
      const size = Math.max(needed, this.childStamp.length * 2, 64);
      this.childStamp = new Int32Array(size);
      this.childByName = new Int32Array(size);
      this.indexStamp = 0;
    }
    this.indexStamp++;
    for (
      let child = this.firstChild(parent);
      child !== NO_ELEMENT;
      child = this.nextSibling(child)
    ) {
      const id = this.nameOf(child).localId;
      // The first child of a name wins, as MS Project reads a repeated single-valued element.
      if (this.childStamp[id] !== this.indexStamp) {
        this.childStamp[id] = this.indexStamp;
        this.childByName[id] = child;
      }
    }
    this.indexedParent = parent;
  }

  private grow(): void {
    const size = this.firstChildOf.length * 2;
    const widen = (column: Int32Array) => {
      const wider = new Int32Array(size);
      wider.set(column);
      return wider;
    };
    this.firstChildOf = widen(this.firstChildOf);
    this.lastChildOf = widen(this.lastChildOf);
    this.nextSiblingOf = widen(this.nextSiblingOf);
    this.tagOffsetOf = widen(this.tagOffsetOf);
    this.contentStartOf = widen(this.contentStartOf);
    this.contentEndOf = widen(this.contentEndOf);
  }
}
