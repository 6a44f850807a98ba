/** The four dependency types, named as MS Project names them. */
export type LinkType = "FS" | "SS" | "FF" | "SF";

/** A bar's horizontal extent, the y of its middle, and half its height. */
export interface BarEnds {
  readonly left: number;
  readonly right: number;
  readonly y: number;
  readonly half: number;
}

/** How far a connector leaves a bar before it turns. */
export const STUB = 8;

/**
 * The SVG path of a dependency arrow, drawn as MS Project draws it: out of the predecessor's
 * finish (FS, FF) or start (SS, SF), into the successor's start (FS, SS) or finish (FF, SF).
 * SS and FF run down beside both bars. FS and SF drop onto the successor's bar from above or
 * below when it lies beyond the turn; otherwise they run between the rows and around.
 */
export function linkPath(type: LinkType, from: BarEnds, to: BarEnds): string {
  const leavesEnd = type === "FS" || type === "FF";
  const entersStart = type === "FS" || type === "SS";
  const exitX = leavesEnd ? from.right : from.left;
  const entryX = entersStart ? to.left : to.right;
  if (type === "SS" || type === "FF") {
    const side = type === "SS" ? Math.min(exitX, entryX) - STUB : Math.max(exitX, entryX) + STUB;
    return `M${exitX},${from.y}H${side}V${to.y}H${entryX}`;
  }
  const out = leavesEnd ? exitX + STUB : exitX - STUB;
  const inset = Math.min(STUB / 2, Math.max(0, to.right - to.left) / 2);
  const dropX = entersStart ? entryX + inset : entryX - inset;
  const clear = entersStart ? out <= dropX : out >= dropX;
  const down = to.y >= from.y;
  if (clear) {
    const edge = down ? to.y - to.half : to.y + to.half;
    return `M${exitX},${from.y}H${dropX}V${edge}`;
  }
  const between = down
    ? from.y + from.half + (to.y - to.half - from.y - from.half) / 2
    : (from.y + to.y) / 2;
  const approach = entersStart ? entryX - STUB : entryX + STUB;
  return `M${exitX},${from.y}H${out}V${between}H${approach}V${to.y}H${entryX}`;
}
