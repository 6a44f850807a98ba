// Finding a record by its UID. Files number records 0, 1, 2… (MS Project) or close to it, so a
// typed array indexed by UID answers in one read; a 100,000-task plan looks UIDs up a few hundred
// thousand times (links, references), where a Map of that size costs a cache miss or two each.
// UIDs that are negative, fractional or far apart fall back to a Map.

/** How far beyond the record count UIDs may reach and still be kept in an array. */
const DENSE_SPREAD = 4;
const NOWHERE = -1;

/** Positions of records by UID. */
export class UidIndex {
  private readonly dense: Int32Array | undefined;
  private readonly sparse = new Map<number, number>();

  /** An index for UIDs up to `largestUid`, of about `count` records. */
  constructor(largestUid: number, count: number) {
    this.dense =
      Number.isSafeInteger(largestUid) && largestUid <= DENSE_SPREAD * count + 1024
        ? new Int32Array(Math.max(0, largestUid + 1)).fill(NOWHERE)
        : undefined;
  }

  /** An index sized for these UIDs (positions are added separately). */
  static sizedFor(uids: Iterable<number>): UidIndex {
    let largest = 0;
    let count = 0;
    for (const uid of uids) {
      if (uid > largest) largest = uid;
      count++;
    }
    return new UidIndex(largest, count);
  }

  /** Records that `uid` is at `position`, unless it already has one; says whether it was new. */
  add(uid: number, position: number): boolean {
    if (this.dense !== undefined && Number.isInteger(uid) && uid >= 0 && uid < this.dense.length) {
      if (this.dense[uid] !== NOWHERE) return false;
      this.dense[uid] = position;
      return true;
    }
    if (this.sparse.has(uid)) return false;
    this.sparse.set(uid, position);
    return true;
  }

  /** The position of `uid`, or undefined. */
  get(uid: number): number | undefined {
    if (this.dense !== undefined && Number.isInteger(uid) && uid >= 0 && uid < this.dense.length) {
      const position = this.dense[uid] ?? NOWHERE;
      return position === NOWHERE ? undefined : position;
    }
    return this.sparse.get(uid);
  }

  has(uid: number): boolean {
    return this.get(uid) !== undefined;
  }
}
