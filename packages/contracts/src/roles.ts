import { z } from "zod";

/** The organisation-wide role of a member. One role per member per organisation. */
export const OrgRole = z
  .enum([
    "admin",
    "pmo_manager",
    "pmo_analyst",
    "portfolio_manager",
    "project_manager",
    "resource_manager",
    "team_member",
    "executive",
  ])
  .meta({ id: "OrgRole" });
export type OrgRole = z.infer<typeof OrgRole>;

/** A member's role on one project, on top of their organisation role. */
export const ProjectRole = z.enum(["manager", "member", "viewer"]).meta({ id: "ProjectRole" });
export type ProjectRole = z.infer<typeof ProjectRole>;

/** What an API token may do: `read` tokens are refused every mutation. */
export const TokenScope = z.enum(["read", "write"]).meta({ id: "TokenScope" });
export type TokenScope = z.infer<typeof TokenScope>;

export const ORG_ROLE_LABELS: Record<OrgRole, string> = {
  admin: "Administrator",
  pmo_manager: "PMO manager",
  pmo_analyst: "PMO analyst",
  portfolio_manager: "Portfolio manager",
  project_manager: "Project manager",
  resource_manager: "Resource manager",
  team_member: "Team member",
  executive: "Executive",
};

export const PROJECT_ROLE_LABELS: Record<ProjectRole, string> = {
  manager: "Manager",
  member: "Member",
  viewer: "Viewer",
};
