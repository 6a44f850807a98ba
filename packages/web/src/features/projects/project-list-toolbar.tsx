import { Group, MultiSelect, SegmentedControl, TextInput } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { ProjectStatus } from "@orrery/contracts/projects";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import {
  type ArchivedFilter,
  archivedOf,
  type ProjectSearch,
  statusesOf,
  statusParam,
} from "./project-filters.js";
import { PROJECT_STATUS_LABELS } from "./project-labels.js";

const STATUS_OPTIONS = ProjectStatus.options.map((value) => ({
  value,
  label: PROJECT_STATUS_LABELS[value],
}));

const ARCHIVED_OPTIONS: { value: ArchivedFilter; label: string }[] = [
  { value: "false", label: "Current" },
  { value: "true", label: "Archived" },
  { value: "all", label: "All" },
];

/** Typing pauses this long before the URL (and the list) follow, so each keystroke is not a request. */
const SEARCH_DEBOUNCE_MS = 300;

export interface ProjectListToolbarProps {
  readonly search: ProjectSearch;
  readonly onSearchChange: (next: Partial<ProjectSearch>) => void;
}

export function ProjectListToolbar({ search, onSearchChange }: ProjectListToolbarProps) {
  const [text, setText] = useState(search.q ?? "");
  const sendQuery = useDebouncedCallback(
    (value: string) => onSearchChange({ q: value.trim() || undefined }),
    SEARCH_DEBOUNCE_MS,
  );
  // When the URL's query changes from elsewhere (clear filters, back button), show what it says.
  const [shownQuery, setShownQuery] = useState(search.q);
  if (search.q !== shownQuery) {
    setShownQuery(search.q);
    if ((text.trim() || undefined) !== search.q) setText(search.q ?? "");
  }

  return (
    <Group gap="sm" mb="md" wrap="wrap" align="flex-end">
      <TextInput
        type="search"
        aria-label="Search projects"
        placeholder="Search key, name, tags…"
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          sendQuery(event.currentTarget.value);
        }}
        className="filter-field filter-field-wide"
      />
      <MultiSelect
        aria-label="Filter by status"
        placeholder={statusesOf(search).length === 0 ? "Any status" : undefined}
        data={STATUS_OPTIONS}
        value={statusesOf(search)}
        onChange={(values) =>
          onSearchChange({ status: statusParam(ProjectStatus.array().catch([]).parse(values)) })
        }
        clearable
        className="filter-field"
      />
      <SegmentedControl
        aria-label="Show archived projects"
        data={ARCHIVED_OPTIONS}
        value={archivedOf(search)}
        onChange={(value) =>
          onSearchChange({ archived: value === "true" || value === "all" ? value : undefined })
        }
      />
    </Group>
  );
}
