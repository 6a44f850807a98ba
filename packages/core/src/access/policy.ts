import type { OrgRole, ProjectRole, TokenScope } from "@orrery/contracts/roles";

/**
 * Who may do what, written once as data. A caller is allowed an action when their organisation
 * role is listed, or when the action concerns one project and their role on that project is
 * listed. Mutations are refused to read-only API tokens whatever the roles say.
 * docs/permissions.md is generated from this table; services check it on every operation.
 */
export interface Rule {
  /** One sentence for the permissions page. */
  readonly describe: string;
  readonly orgRoles: readonly OrgRole[];
  readonly projectRoles: readonly ProjectRole[];
  readonly mutates: boolean;
  /**
   * Also allowed to a person assigned to the task the action concerns (through a plan resource
   * mapped to them), whatever their project role.
   */
  readonly assignees?: boolean;
}

const EVERYONE: readonly OrgRole[] = [
  "admin",
  "pmo_manager",
  "pmo_analyst",
  "portfolio_manager",
  "project_manager",
  "resource_manager",
  "team_member",
  "executive",
];
/** Roles that oversee the whole portfolio and so read every project. */
const PORTFOLIO_READERS: readonly OrgRole[] = [
  "admin",
  "pmo_manager",
  "pmo_analyst",
  "portfolio_manager",
  "resource_manager",
  "executive",
];
const ALL_PROJECT_ROLES: readonly ProjectRole[] = ["manager", "member", "viewer"];

export const POLICY = {
  "org.read": {
    describe: "See the organisation and its settings",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "org.update": {
    describe: "Rename the organisation",
    orgRoles: ["admin"],
    projectRoles: [],
    mutates: true,
  },
  "member.read": {
    describe: "See who belongs to the organisation and their roles",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "member.manage": {
    describe: "Invite members, change their roles, remove them",
    orgRoles: ["admin"],
    projectRoles: [],
    mutates: true,
  },
  "project.list": {
    describe:
      "List projects: every project for portfolio roles, otherwise those one is a member of",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "project.read": {
    describe: "See a project, its overview and its members",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "project.create": {
    describe: "Create a project (the creator becomes its manager)",
    orgRoles: ["admin", "pmo_manager", "portfolio_manager", "project_manager"],
    projectRoles: [],
    mutates: true,
  },
  "project.update": {
    describe: "Edit a project's details, status, dates and budget; archive or restore it",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager"],
    mutates: true,
  },
  "project.delete": {
    describe: "Delete a project for good",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: [],
    mutates: true,
  },
  "project.members.manage": {
    describe: "Add people to a project, change their project role, remove them",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager"],
    mutates: true,
  },
  "plan.read": {
    describe:
      "See a project's plan: tasks, links, calendars, baselines, resources and assignments; export it",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "plan.edit": {
    describe:
      "Edit a project's plan: tasks, links, calendars, baselines, resources (mapped to members) and assignments; import a project file into it",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager", "member"],
    mutates: true,
  },
  "task.progress": {
    describe:
      "Record progress on a task (% complete, actual start and finish, remaining duration); also allowed to the people assigned to it",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager", "member"],
    mutates: true,
    assignees: true,
  },
  "work.mine": {
    describe: "See one's own assigned tasks (My work) across the projects one may read",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "milestone.list": {
    describe:
      "See the milestones of many projects on one timeline: every project for portfolio roles, otherwise those one is a member of",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "raid.list": {
    describe:
      "List RAID items across projects: every project for portfolio roles, otherwise those one is a member of",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "raid.read": {
    describe:
      "See a project's RAID log (risks, issues, assumptions, dependencies, decisions, actions); export it",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "raid.edit": {
    describe: "Record, edit, close and delete items of a project's RAID log",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager", "member"],
    mutates: true,
  },
  "change.read": {
    describe: "See a project's change log: every change request, its impact and its decisions",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "change.edit": {
    describe:
      "Raise a project's change requests, rework drafts and deferred ones, submit and withdraw them",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager", "member"],
    mutates: true,
  },
  "change.decide": {
    describe:
      "Approve, reject or defer a change request and apply an approved one to the plan (only projects whose template names one's role as change approver, except administrators and PMO managers)",
    orgRoles: ["admin", "pmo_manager", "portfolio_manager", "executive"],
    projectRoles: [],
    mutates: true,
  },
  "status_report.read": {
    describe: "See a project's status reports and the colours its data gives now",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "status_report.write": {
    describe:
      "Draft, edit, submit and delete a project's status reports, overriding colours with a justification",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager"],
    mutates: true,
  },
  "status_report.review": {
    describe: "Accept a submitted status report, or return it to the project manager",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: [],
    mutates: true,
  },
  "status.list": {
    describe:
      "See the portfolio's status: every project's latest report, trend and what changed (projects one may read)",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "template.read": {
    describe: "See the organisation's lifecycle templates and every published version",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "certification.read": {
    describe: "See certifications and training: one's own, or everyone's with the right below",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "certification.list_all": {
    describe: "See everyone's certifications and training, and what expires soon",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: [],
    mutates: false,
  },
  "certification.record": {
    describe: "Record, edit and delete one's own certifications and training",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: true,
  },
  "certification.manage": {
    describe: "Record, edit and delete anyone's certifications and training",
    orgRoles: ["admin", "pmo_manager", "resource_manager"],
    projectRoles: [],
    mutates: true,
  },
  "template.manage": {
    describe: "Create, copy and edit lifecycle templates (each edit publishes a new version)",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: [],
    mutates: true,
  },
  "document_library.read": {
    describe: "See the organisation's library of document templates and download them",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "document_library.manage": {
    describe: "Add, edit, version and delete the document templates of the organisation's library",
    orgRoles: ["admin", "pmo_manager", "pmo_analyst"],
    projectRoles: [],
    mutates: true,
  },
  "document.read": {
    describe: "See a project's documents and download any of their versions",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "document.edit": {
    describe:
      "Upload a project's documents and new versions, start them from the library, attach them to gate deliverables, delete them",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager", "member"],
    mutates: true,
  },
  "lifecycle.read": {
    describe: "See a project's lifecycle: phases, next gate, what it misses, gate reviews",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "lifecycle.manage": {
    describe:
      "Run a project's lifecycle: apply or migrate its template, tick gate checklists, request gate reviews, enter the next phase",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager"],
    mutates: true,
  },
  "gate.decide": {
    describe:
      "Decide a gate review: approve, approve with conditions, reject or recycle (only gates whose template names one's role, except administrators and PMO managers)",
    orgRoles: ["admin", "pmo_manager", "portfolio_manager", "executive"],
    projectRoles: [],
    mutates: true,
  },
  "gate.calendar": {
    describe:
      "See the gate calendar across projects: every project for portfolio roles, otherwise those one is a member of",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "compliance.read": {
    describe:
      "See what falls short of the standard (overdue reports and gates, missing gate documents, stale RAID entries): every project for portfolio roles, otherwise those one is a member of",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "lesson.search": {
    describe:
      "Search the knowledge base of lessons learned and get suggestions: every project's lessons for portfolio roles, otherwise those of one's projects",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "lesson.read": {
    describe: "See a project's lessons learned and its post-project review",
    orgRoles: PORTFOLIO_READERS,
    projectRoles: ALL_PROJECT_ROLES,
    mutates: false,
  },
  "lesson.edit": {
    describe: "Record, edit and delete a project's lessons learned",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager", "member"],
    mutates: true,
  },
  "lesson.promote": {
    describe:
      "Promote a lesson into a lifecycle template as a gate criterion or a default risk (publishes the template's next version)",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: [],
    mutates: true,
  },
  "pir.edit": {
    describe: "Write a project's post-project review and turn its observations into lessons",
    orgRoles: ["admin", "pmo_manager"],
    projectRoles: ["manager"],
    mutates: true,
  },
  "audit.read": {
    describe: "Read the audit log of every change in the organisation",
    orgRoles: ["admin", "pmo_manager", "pmo_analyst"],
    projectRoles: [],
    mutates: false,
  },
  "events.subscribe": {
    describe: "Receive live updates (only about what the caller may read)",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "notification.read": {
    describe: "See one's own notifications and notification preferences (nobody sees another's)",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: false,
  },
  "notification.manage": {
    describe: "Mark one's own notifications read and choose which arrive in the app or by e-mail",
    orgRoles: EVERYONE,
    projectRoles: [],
    mutates: true,
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;
export const ACTIONS: readonly Action[] = Object.keys(POLICY).filter(
  (key): key is Action => key in POLICY,
);

/** The parts of a caller that decide access; `projectRole` only when an action is about one project. */
export interface Grant {
  readonly orgRole: OrgRole;
  readonly projectRole?: ProjectRole | null;
  readonly scope: TokenScope;
  /** True when the caller is assigned to the task the action concerns. */
  readonly assigned?: boolean;
}

/** Whether a caller with these roles and this token scope may take the action. */
export function isAllowed(grant: Grant, action: Action): boolean {
  const rule: Rule = POLICY[action];
  if (rule.mutates && grant.scope === "read") return false;
  if (rule.orgRoles.includes(grant.orgRole)) return true;
  if (grant.assigned === true && rule.assignees === true) return true;
  return grant.projectRole != null && rule.projectRoles.includes(grant.projectRole);
}

/**
 * Actions on one's own account rather than in an organisation: any signed-in person may take
 * them, except that read-only tokens are refused the mutations.
 */
export interface AccountRule {
  readonly describe: string;
  readonly mutates: boolean;
}

/** The account actions, as data like `POLICY`; the permissions page lists them too. */
export const ACCOUNT_POLICY = {
  "account.read": {
    describe: "See one's own profile, organisations and API tokens",
    mutates: false,
  },
  "org.create": {
    describe: "Create a new organisation (the creator becomes its admin)",
    mutates: true,
  },
  "token.manage": {
    describe: "Create and revoke one's own API tokens",
    mutates: true,
  },
} as const satisfies Record<string, AccountRule>;

/** An action on one's own account (`org.create`, `token.manage`, …). */
export type AccountAction = keyof typeof ACCOUNT_POLICY;
/** Every account action, in table order. */
export const ACCOUNT_ACTIONS: readonly AccountAction[] = Object.keys(ACCOUNT_POLICY).filter(
  (key): key is AccountAction => key in ACCOUNT_POLICY,
);

/** Whether credentials of this scope may take an action on their own account. */
export function isAllowedOnAccount(scope: TokenScope, action: AccountAction): boolean {
  const rule: AccountRule = ACCOUNT_POLICY[action];
  return !rule.mutates || scope === "write";
}

/** True when the role reads every project in the organisation, member of it or not. */
export function readsAllProjects(orgRole: OrgRole): boolean {
  return POLICY["project.read"].orgRoles.includes(orgRole);
}
