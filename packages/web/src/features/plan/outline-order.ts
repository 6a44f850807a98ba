/**
 * Tasks in outline order (by row number). The API lists them so and a write's answer keeps the
 * order, so the list itself is answered when it is in order already: sorting ten thousand tasks
 * on every edit showed in the repaint.
 */
export function inOutlineOrder<T extends { readonly position: number }>(
  tasks: readonly T[],
): readonly T[] {
  for (let i = 1; i < tasks.length; i++) {
    const [before, here] = [tasks[i - 1], tasks[i]];
    if (before && here && before.position > here.position)
      return [...tasks].sort((a, b) => a.position - b.position);
  }
  return tasks;
}
