// Element names, atomized: every distinct name in a file becomes one string and one small number,
// found again from the characters of a tag without cutting a new string out of the text. A 45 MB
// MSPDI file repeats a few hundred names millions of times; slicing each one would make millions
// of short-lived strings for the collector. System.Xml's NameTable atomizes names for the same
// reason.

/** One distinct element name of a file. */
export interface XmlName {
  /** As written, with any namespace prefix (`ms:Task`): what a closing tag must repeat. */
  readonly qualified: string;
  /** Without the prefix (`Task`): what readers ask for. */
  readonly local: string;
  /** The same number for every prefix of one local name; indexes per-name arrays. */
  readonly localId: number;
  /** The name whose start tag came next the last time this one was seen (see `nameAfter`). */
  next: XmlName | undefined;
}

const INITIAL_SLOTS = 512;

/** The names of one file; lookups by text position do not allocate once a name has been seen. */
export class XmlNameTable {
  private slots: (XmlName | undefined)[] = new Array<XmlName | undefined>(INITIAL_SLOTS);
  private hashes = new Int32Array(INITIAL_SLOTS);
  private used = 0;
  private readonly localIds = new Map<string, number>();

  /** How many distinct local names there are: every `localId` is below this. */
  get localCount(): number {
    return this.localIds.size;
  }

  /** The id of a local name, or undefined when no element of the file has that name. */
  idOf(local: string): number | undefined {
    return this.localIds.get(local);
  }

  /**
   * The name of the start tag whose name begins at `start` (and ends at whitespace, `/` or `>`,
   * before `limit`); `previous` is the name of the start tag before it, if any. Record files
   * repeat one sequence of tags, so the name that followed `previous` last time is tried first
   * with one native compare; only a wrong guess hashes the characters.
   */
  nameAfter(previous: XmlName | undefined, xml: string, start: number, limit: number): XmlName {
    const guess = previous?.next;
    if (guess !== undefined && xml.startsWith(guess.qualified, start)) {
      const end = start + guess.qualified.length;
      if (end === limit || (end < limit && endsName(xml.charCodeAt(end)))) return guess;
    }
    const name = this.nameAt(xml, start, limit);
    if (previous !== undefined) previous.next = name;
    return name;
  }

  /** The name at `start`, found by its hash. */
  private nameAt(xml: string, start: number, limit: number): XmlName {
    let hash = 0;
    let end = start;
    for (; end < limit; end++) {
      const code = xml.charCodeAt(end);
      if (endsName(code)) break;
      hash = (Math.imul(hash, 31) + code) | 0;
    }
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const candidate = this.slots[slot];
      if (candidate === undefined) return this.add(copyOf(xml, start, end), hash, slot);
      if (this.hashes[slot] === hash && sameText(candidate.qualified, xml, start, end))
        return candidate;
    }
  }

  private add(qualified: string, hash: number, slot: number): XmlName {
    const colon = qualified.indexOf(":");
    const local = colon < 0 ? qualified : qualified.slice(colon + 1);
    let localId = this.localIds.get(local);
    if (localId === undefined) {
      localId = this.localIds.size;
      this.localIds.set(local, localId);
    }
    const name: XmlName = { qualified, local, localId, next: undefined };
    this.slots[slot] = name;
    this.hashes[slot] = hash;
    this.used++;
    if (this.used * 2 > this.slots.length) this.grow();
    return name;
  }

  private grow(): void {
    const oldSlots = this.slots;
    const oldHashes = this.hashes;
    this.slots = new Array<XmlName | undefined>(oldSlots.length * 2);
    this.hashes = new Int32Array(oldSlots.length * 2);
    const mask = this.slots.length - 1;
    oldSlots.forEach((name, index) => {
      if (name === undefined) return;
      const hash = oldHashes[index] ?? 0;
      let slot = hash & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = name;
      this.hashes[slot] = hash;
    });
  }
}

/**
 * The characters of `xml[start, end)` as a string of their own. V8 makes a longer slice a view
 * into the whole text, which would keep the file alive for as long as the name, and makes every
 * compare against the name slower.
 */
function copyOf(xml: string, start: number, end: number): string {
  const codes: number[] = [];
  for (let i = start; i < end; i++) codes.push(xml.charCodeAt(i));
  return String.fromCharCode(...codes);
}

/** Whitespace, `/` or `>` end an element name. */
function endsName(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 47 || code === 62;
}

function sameText(name: string, xml: string, start: number, end: number): boolean {
  if (name.length !== end - start) return false;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) !== xml.charCodeAt(start + i)) return false;
  }
  return true;
}
