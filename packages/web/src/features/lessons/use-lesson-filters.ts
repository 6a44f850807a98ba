import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import type { LessonFilterValues } from "./lesson-search-bar.js";
import type { LessonSearch } from "./queries.js";

const NO_FILTERS: LessonFilterValues = { q: "", category: null, tag: "" };

/**
 * The filters a lesson search bar edits, and what the list asks for: typed text debounced so
 * typing does not send a request per key.
 */
export function useLessonFilters() {
  const [values, setValues] = useState<LessonFilterValues>(NO_FILTERS);
  const [debounced] = useDebouncedValue(values, 250);
  const search: LessonSearch = {
    q: debounced.q,
    category: debounced.category,
    tag: debounced.tag,
  };
  return {
    bar: { values, onChange: setValues },
    search,
    /** True when nothing narrows the list. */
    isUnfiltered: !debounced.q.trim() && !debounced.category && !debounced.tag.trim(),
    clear: () => setValues(NO_FILTERS),
  };
}
