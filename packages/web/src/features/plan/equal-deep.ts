/**
 * Whether two JSON values are equal all the way down. Stops at the first difference, where
 * TanStack Query's structural sharing copies every object it compares.
 */
export function equalDeep(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalDeep(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  // Last key first: a task's computed dates come last, and they are what a reschedule changes.
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as string;
    if (!Object.hasOwn(y, key) || !equalDeep(x[key], y[key])) return false;
  }
  return true;
}
