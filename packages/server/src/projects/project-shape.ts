import {
  Methodology,
  type Project,
  type ProjectMember,
  ProjectStatus,
} from "@orrery/contracts/projects";
import { ProjectRole } from "@orrery/contracts/roles";
import type { ProjectMemberRow } from "./project-member-store.js";
import type { ProjectView } from "./project-store.js";

/** The API shape of a project as its viewer sees it. */
export function toProject(view: ProjectView): Project {
  return {
    id: view.id,
    key: view.key,
    name: view.name,
    description: view.description,
    status: readProjectStatus(view.status),
    archived: view.archived,
    methodology: readMethodology(view.methodology),
    manager: view.manager,
    sponsor: view.sponsor,
    plannedStart: view.plannedStart,
    plannedFinish: view.plannedFinish,
    budget:
      view.budgetMinor !== null && view.budgetCurrency !== null
        ? { amountMinor: view.budgetMinor, currency: view.budgetCurrency }
        : null,
    tags: view.tags,
    myRole: view.myRole === null ? null : readProjectRole(view.myRole),
    version: view.version,
    createdAt: view.createdAt,
    createdBy: view.createdBy,
    updatedAt: view.updatedAt,
    updatedBy: view.updatedBy,
  };
}

export function toProjectMember(row: ProjectMemberRow): ProjectMember {
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    role: readProjectRole(row.role),
    addedAt: row.addedAt.toISOString(),
    version: row.version,
  };
}

// Closed sets read back from the database, where CHECK constraints keep them; anything else
// means the data is damaged. Set lookups, not schema parses: a list page reads hundreds.
const PROJECT_ROLES: ReadonlySet<string> = new Set(ProjectRole.options);
const PROJECT_STATUSES: ReadonlySet<string> = new Set(ProjectStatus.options);
const METHODOLOGIES: ReadonlySet<string> = new Set(Methodology.options);

export function readProjectRole(value: string): ProjectRole {
  if (!isProjectRole(value)) throw damaged("project role", value);
  return value;
}

function readProjectStatus(value: string): ProjectStatus {
  if (!isProjectStatus(value)) throw damaged("project status", value);
  return value;
}

function readMethodology(value: string): Methodology {
  if (!isMethodology(value)) throw damaged("methodology", value);
  return value;
}

function isProjectRole(value: string): value is ProjectRole {
  return PROJECT_ROLES.has(value);
}

function isProjectStatus(value: string): value is ProjectStatus {
  return PROJECT_STATUSES.has(value);
}

function isMethodology(value: string): value is Methodology {
  return METHODOLOGIES.has(value);
}

function damaged(what: string, value: string): Error {
  return new Error(`unknown ${what} ${JSON.stringify(value)} in the database`);
}
