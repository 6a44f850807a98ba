import { Box, Group, Table, Text } from "@mantine/core";
import type { Project, ProjectSort } from "@orrery/contracts/projects";
import type { ReactNode } from "react";
import { formatCalendarDate, formatRelative } from "../../format/date-format.js";
import { AnchorLink } from "../../shell/router-links.js";
import { SortableHeader } from "../../tables/sortable-header.js";
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

interface ProjectHeaderProps {
  readonly field: ProjectSortField;
  readonly sort: ProjectSort;
  readonly onSortChange: (sort: ProjectSort) => void;
  readonly children: ReactNode;
  readonly visibleFrom?: "sm" | "md" | "lg" | "xl";
}

function ProjectHeader({ field, sort, onSortChange, children, visibleFrom }: ProjectHeaderProps) {
  return (
    <SortableHeader
      direction={sortDirection(sort, field)}
      onSort={() => onSortChange(nextSort(sort, field))}
      visibleFrom={visibleFrom}
    >
      {children}
    </SortableHeader>
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
            <ProjectHeader field="key" {...header}>
              Key
            </ProjectHeader>
            <ProjectHeader field="name" {...header}>
              Name
            </ProjectHeader>
            <ProjectHeader field="status" visibleFrom="sm" {...header}>
              Status
            </ProjectHeader>
            <Table.Th visibleFrom="md">Manager</Table.Th>
            <ProjectHeader field="plannedStart" visibleFrom="sm" {...header}>
              Start
            </ProjectHeader>
            <ProjectHeader field="plannedFinish" visibleFrom="sm" {...header}>
              Finish
            </ProjectHeader>
            <Table.Th visibleFrom="lg" ta="right">
              Budget
            </Table.Th>
            <ProjectHeader field="updatedAt" visibleFrom="xl" {...header}>
              Updated
            </ProjectHeader>
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
