import { Anchor, Breadcrumbs } from "@mantine/core";
import { AnchorLink } from "../../shell/router-links.js";

export interface ProjectBreadcrumbsProps {
  readonly org: string;
  readonly project: { readonly id: string; readonly key: string };
  /** The page within the project (`Plan`, `RAID log`); none on the overview itself. */
  readonly page?: string;
}

/** Projects › KEY › page: the way back from anywhere inside a project. */
export function ProjectBreadcrumbs({ org, project, page }: ProjectBreadcrumbsProps) {
  const current = (text: string) => (
    <Anchor component="span" size="sm" c="dimmed" aria-current="page">
      {text}
    </Anchor>
  );
  return (
    <Breadcrumbs separatorMargin={6} aria-label="Breadcrumb">
      <AnchorLink to="/orgs/$org/projects" params={{ org }} size="sm">
        Projects
      </AnchorLink>
      {page === undefined ? (
        current(project.key)
      ) : (
        <AnchorLink
          to="/orgs/$org/projects/$projectId"
          params={{ org, projectId: project.id }}
          size="sm"
        >
          {project.key}
        </AnchorLink>
      )}
      {page === undefined ? null : current(page)}
    </Breadcrumbs>
  );
}
