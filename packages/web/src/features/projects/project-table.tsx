import { Box, Group, Table, Text, UnstyledButton } from "@mantine/core";
import type { Project, ProjectSort } from "@orrery/contracts/projects";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { formatCalendarDate, formatRelative } from "../../format/date-format.js";
import { AnchorLink } from "../../shell/router-links.js";
import { formatMoney } from "./money.js";
import { ProjectActionsMenu } from "./project-actions-menu.js";
import { nextSort, type ProjectSortField, sortDirection } from "./project-filters.js";
import { ArchivedBadge, StatusBadge } from "./status-badge.js";

export interface ProjectTableProps {
  readonly org: string;
  readonly projects: readonly Project[];
  readonly sort: ProjectSort;
  readonly onSortChange: (sort: ProjectSort) => void;
}

interface SortableHeaderProps {
  readonly field: ProjectSortField;
  readonly sort: ProjectSort;
  readonly onSortChange: (sort: ProjectSort) => void;
  readonly children: ReactNode;
  readonly visibleFrom?: "sm" | "md" | "lg" | "xl";
}

function SortableHeader({ field, sort, onSortChange, children, visibleFrom }: SortableHeaderProps) {
  const direction = sortDirection(sort, field);
  const Icon =
    direction === "ascending"
      ? IconArrowUp
      : direction === "descending"
        ? IconArrowDown
        : IconSelector;
  return (
    <Table.Th aria-sort={direction} visibleFrom={visibleFrom}>
      <UnstyledButton
        className="sortable-header"
        onClick={() => onSortChange(nextSort(sort, field))}
      >
        {children}
        <Icon size={14} aria-hidden opacity={direction === "none" ? 0.45 : 1} />
      </UnstyledButton>
    </Table.Th>
  );
}

/** The portfolio at a glance: dense rows, sortable columns; less vital columns drop on phones. */
export function ProjectTable({ org, projects, sort, onSortChange }: ProjectTableProps) {
  const now = new Date();
  const header = { sort, onSortChange };
  return (
    // Scrolls within itself if a narrow window still cannot fit the columns; the page never does.
    <Table.ScrollContainer minWidth={0} type="native">
      <Table className="data-table" highlightOnHover striped={false} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <SortableHeader field="key" {...header}>
              Key
            </SortableHeader>
            <SortableHeader field="name" {...header}>
              Name
            </SortableHeader>
            <SortableHeader field="status" visibleFrom="sm" {...header}>
              Status
            </SortableHeader>
            <Table.Th visibleFrom="md">Manager</Table.Th>
            <SortableHeader field="plannedStart" visibleFrom="sm" {...header}>
              Start
            </SortableHeader>
            <SortableHeader field="plannedFinish" visibleFrom="sm" {...header}>
              Finish
            </SortableHeader>
            <Table.Th visibleFrom="lg" ta="right">
              Budget
            </Table.Th>
            <SortableHeader field="updatedAt" visibleFrom="xl" {...header}>
              Updated
            </SortableHeader>
            <Table.Th w={44}>
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {projects.map((project) => (
            <Table.Tr key={project.id}>
              <Table.Td>
                <Text ff="monospace" size="sm" fw={600}>
                  {project.key}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group gap={6}>
                  <AnchorLink
                    to="/orgs/$org/projects/$projectId"
                    params={{ org, projectId: project.id }}
                    fw={600}
                    size="sm"
                  >
                    {project.name}
                  </AnchorLink>
                  {project.archived ? <ArchivedBadge /> : null}
                </Group>
                {/* Phones have no status column; the status sits under the name instead. */}
                <Box hiddenFrom="sm" mt={4}>
                  <StatusBadge status={project.status} />
                </Box>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <StatusBadge status={project.status} />
              </Table.Td>
              <Table.Td visibleFrom="md" className="nowrap">
                {project.manager?.name ?? (
                  <Text span c="dimmed" size="sm">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
                {formatCalendarDate(project.plannedStart)}
              </Table.Td>
              <Table.Td visibleFrom="sm" style={{ whiteSpace: "nowrap" }}>
                {formatCalendarDate(project.plannedFinish)}
              </Table.Td>
              <Table.Td
                visibleFrom="lg"
                ta="right"
                style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}
              >
                {formatMoney(project.budget)}
              </Table.Td>
              <Table.Td visibleFrom="xl" style={{ whiteSpace: "nowrap" }}>
                <Text span size="sm" c="dimmed" title={project.updatedAt}>
                  {formatRelative(project.updatedAt, now)}
                </Text>
              </Table.Td>
              <Table.Td>
                <ProjectActionsMenu project={project} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
