import { ActionIcon, Checkbox, Menu, Table, Text } from "@mantine/core";
import type { RaidItem, RaidSort } from "@orrery/contracts/raid";
import { IconChecks, IconCircleCheck, IconDots, IconPencil, IconTrash } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { formatCalendarDate, formatRelative } from "../../format/date-format.js";
import { AnchorLink } from "../../shell/router-links.js";
import { SortableHeader } from "../../tables/sortable-header.js";
import { RaidStatusBadge, ScoreBadge } from "./raid-badges.js";
import { RaidItemLinks } from "./raid-item-links.js";
import { RAID_TYPE_LABELS } from "./raid-labels.js";
import { pageSelection, toggleItem, toggleWholePage } from "./raid-selection.js";
import { nextRaidSort, type RaidSortField, raidSortDirection } from "./raid-sort.js";

/** What a row can do on a project's own page; the portfolio view only links to the project. */
export interface RaidRowActions {
  readonly onEdit: (item: RaidItem) => void;
  readonly onClose: (item: RaidItem) => void;
  readonly onReview: (item: RaidItem) => void;
  readonly onDelete: (item: RaidItem) => void;
}

/** The rows picked for a bulk edit (by item id), kept by the page. */
export interface RaidRowSelection {
  readonly selected: ReadonlySet<string>;
  readonly onChange: (selected: Set<string>) => void;
}

export interface RaidTableProps {
  readonly org: string;
  readonly items: readonly RaidItem[];
  readonly sort: RaidSort;
  readonly onSortChange: (sort: RaidSort) => void;
  /** `portfolio` adds the project column and leaves edits to the project's page. */
  readonly scope: "project" | "portfolio";
  /** Shown when the caller may edit; omitted, the table is read-only. */
  readonly actions?: RaidRowActions;
  /** The table's accessible name (the tab or page it shows). */
  readonly label: string;
  /** Checkboxes for a bulk edit, when the caller may edit. */
  readonly selection?: RaidRowSelection;
}

interface HeaderProps {
  readonly field: RaidSortField;
  readonly sort: RaidSort;
  readonly onSortChange: (sort: RaidSort) => void;
  readonly children: ReactNode;
  readonly visibleFrom?: "sm" | "md" | "lg" | "xl";
}

function SortHeader({ field, sort, onSortChange, children, visibleFrom }: HeaderProps) {
  return (
    <SortableHeader
      direction={raidSortDirection(sort, field)}
      onSort={() => onSortChange(nextRaidSort(sort, field))}
      visibleFrom={visibleFrom}
    >
      {children}
    </SortableHeader>
  );
}

function RowMenu({ item, actions }: { readonly item: RaidItem; readonly actions: RaidRowActions }) {
  return (
    <Menu position="bottom-end" shadow="md" width={180}>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={`Actions for ${item.ref} · ${item.title}`}
        >
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconPencil size={16} aria-hidden />}
          onClick={() => actions.onEdit(item)}
        >
          Edit
        </Menu.Item>
        {item.status !== "closed" ? (
          <Menu.Item
            leftSection={<IconCircleCheck size={16} aria-hidden />}
            onClick={() => actions.onClose(item)}
          >
            Close
          </Menu.Item>
        ) : null}
        <Menu.Item
          leftSection={<IconChecks size={16} aria-hidden />}
          onClick={() => actions.onReview(item)}
        >
          Mark reviewed
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => actions.onDelete(item)}
        >
          Delete…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** RAID items in dense rows, sortable by title, status, score, due date and last change. */
export function RaidTable({
  org,
  items,
  sort,
  onSortChange,
  scope,
  actions,
  label,
  selection,
}: RaidTableProps) {
  const now = new Date();
  const header = { sort, onSortChange };
  const onPage = selection ? pageSelection(items, selection.selected) : "none";
  return (
    <Table.ScrollContainer minWidth={0} type="native">
      {/* Positioned, so the visually hidden labels inside stay within the scroller on phones. */}
      <Table
        className="data-table"
        highlightOnHover
        withTableBorder
        aria-label={label}
        pos="relative"
      >
        <Table.Thead>
          <Table.Tr>
            {selection ? (
              <Table.Th w={36}>
                <Checkbox
                  aria-label="Select every item shown"
                  checked={onPage === "all"}
                  indeterminate={onPage === "some"}
                  onChange={() => selection.onChange(toggleWholePage(items, selection.selected))}
                />
              </Table.Th>
            ) : null}
            {scope === "portfolio" ? <Table.Th>Project</Table.Th> : null}
            <Table.Th>Ref</Table.Th>
            <SortHeader field="title" {...header}>
              Title
            </SortHeader>
            <SortHeader field="status" {...header}>
              Status
            </SortHeader>
            <Table.Th visibleFrom="md">Owner</Table.Th>
            <SortHeader field="score" {...header}>
              Score
            </SortHeader>
            <SortHeader field="dueDate" {...header}>
              Due
            </SortHeader>
            <SortHeader field="updatedAt" visibleFrom="xl" {...header}>
              Updated
            </SortHeader>
            {actions ? (
              <Table.Th w={44}>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr
              key={item.id}
              bg={
                selection?.selected.has(item.id) ? "var(--mantine-primary-color-light)" : undefined
              }
            >
              {selection ? (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${item.ref} · ${item.title}`}
                    checked={selection.selected.has(item.id)}
                    onChange={() => selection.onChange(toggleItem(selection.selected, item.id))}
                  />
                </Table.Td>
              ) : null}
              {scope === "portfolio" ? (
                <Table.Td>
                  <AnchorLink
                    to="/orgs/$org/projects/$projectId/raid"
                    params={{ org, projectId: item.project.id }}
                    size="sm"
                    fw={600}
                    ff="monospace"
                    title={item.project.name}
                  >
                    {item.project.key}
                  </AnchorLink>
                </Table.Td>
              ) : null}
              <Table.Td className="nowrap">
                <Text span ff="monospace" size="sm" fw={600}>
                  {item.ref}
                </Text>
                <span className="visually-hidden"> ({RAID_TYPE_LABELS[item.type].one})</span>
              </Table.Td>
              <Table.Td miw={200}>
                <Text size="sm" fw={500}>
                  {item.title}
                </Text>
                <RaidItemLinks org={org} item={item} />
              </Table.Td>
              <Table.Td>
                <RaidStatusBadge status={item.status} />
              </Table.Td>
              <Table.Td className="nowrap" visibleFrom="md">
                {item.owner?.name ?? (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ScoreBadge item={item} />
              </Table.Td>
              <Table.Td className="nowrap">{formatCalendarDate(item.dueDate)}</Table.Td>
              <Table.Td className="nowrap" visibleFrom="xl">
                <Text span size="sm" c="dimmed" title={item.updatedAt}>
                  {formatRelative(item.updatedAt, now)}
                </Text>
              </Table.Td>
              {actions ? (
                <Table.Td>
                  <RowMenu item={item} actions={actions} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
