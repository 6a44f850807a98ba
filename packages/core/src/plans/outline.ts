// A plan's outline is a list of levels in row order (1, 2, 2, 1…): MS Project's outline numbers
// and summary tasks follow from it alone, so the server and the web derive them the same way.

/** The outline number of each row (`1`, `1.1`, `1.2`, `2`…), from the outline levels. */
export function outlineNumbers(levels: readonly number[]): string[] {
  const counters: number[] = [];
  return levels.map((level) => {
    counters.length = Math.max(level, 1);
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    for (let i = 0; i < level - 1; i++) counters[i] ??= 1;
    return counters.slice(0, level).join(".");
  });
}

/** True for each row whose next row is deeper in the outline: a summary task. */
export function summaryFlags(levels: readonly number[]): boolean[] {
  return levels.map((level, i) => (levels[i + 1] ?? 0) > level);
}

/** Whether the levels form an outline: it starts at level 1 and goes down one level at a time. */
export function isOutline(levels: readonly number[]): boolean {
  let previous = 0;
  for (const level of levels) {
    if (level < 1 || level > previous + 1) return false;
    previous = level;
  }
  return true;
}
