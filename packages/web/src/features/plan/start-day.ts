import type { CellParse } from "./editable-cell.js";
import { type WallMinute, wallMinute } from "./gantt/wall-clock.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ISO_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** As the grid shows a date, `12 Mar 27`, or with the whole year, `12 March 2027`. */
const SHOWN_DAY = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A start typed into the grid: the day a task should start no earlier than, as dropping its bar
 * there does (the keyboard's way to move a task). Takes `2027-03-12` or the grid's own `12 Mar 27`
 * (a two-digit year is in this century).
 */
export function parseStartDay(text: string): CellParse<WallMinute> {
  const typed = text.trim();
  const iso = ISO_DAY.exec(typed);
  const shown = SHOWN_DAY.exec(typed);
  let fields: [number, number, number] | null = null;
  if (iso) fields = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (shown) {
    const month = MONTHS.indexOf((shown[2] ?? "").toLowerCase()) + 1;
    const year = Number(shown[3]);
    if (month > 0) fields = [year < 100 ? 2000 + year : year, month, Number(shown[1])];
  }
  const day = fields ? wallMinute(`${fields[0]}-${pad(fields[1])}-${pad(fields[2])}T00:00`) : null;
  return day === null
    ? { ok: false, message: "Type a date such as 12 Mar 27 or 2027-03-12" }
    : { ok: true, value: day };
}
