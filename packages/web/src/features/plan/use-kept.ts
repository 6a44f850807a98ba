import { useRef } from "react";

/**
 * `value`, or the one answered before for as long as `same` holds between them, so that what
 * is memoised on its identity is not worked out again for an equal value.
 */
export function useKept<T>(value: T, same: (kept: T, value: T) => boolean): T {
  const kept = useRef(value);
  if (kept.current !== value && !same(kept.current, value)) kept.current = value;
  return kept.current;
}

/** Whether two maps hold the same keys with the same values. */
export function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
