/**
 * A value per index, made the first time it is asked for and kept after. The chart asks for the
 * same rows and links in frame after frame of a scroll: making them again each time allocated
 * enough that the garbage collector's pauses dropped frames.
 */
export function lazyList<T>(make: (index: number) => T): (index: number) => T {
  const made = new Map<number, T>();
  return (index) => {
    let value = made.get(index);
    if (value === undefined) {
      value = make(index);
      made.set(index, value);
    }
    return value;
  };
}
