import {
  ORG_ROLE_LABELS,
  OrgRole,
  PROJECT_ROLE_LABELS,
  ProjectRole,
} from "@orrery/contracts/roles";
import { ACCOUNT_ACTIONS, ACCOUNT_POLICY, ACTIONS, POLICY, type Rule } from "./policy.js";

/**
 * The permissions page (docs/permissions.md) rendered from the policy table, so the page cannot
 * drift from what the server enforces: a test compares the file with this output.
 */
export function renderPermissionsPage(): string {
  const orgRoles = OrgRole.options;
  const projectRoles = ProjectRole.options;
  const header = ["Action", "What it allows", ...orgRoles.map((r) => ORG_ROLE_LABELS[r])];
  const orgRows = ACTIONS.map((action) => {
    const rule: Rule = POLICY[action];
    return [
      `\`${action}\``,
      rule.describe,
      ...orgRoles.map((role) => mark(rule.orgRoles.includes(role))),
    ];
  });
  const projectHeader = ["Action", ...projectRoles.map((r) => PROJECT_ROLE_LABELS[r])];
  const projectRows = ACTIONS.filter((action) => POLICY[action].projectRoles.length > 0).map(
    (action) => {
      const rule: Rule = POLICY[action];
      return [
        `\`${action}\``,
        ...projectRoles.map((role) => mark(rule.projectRoles.includes(role))),
      ];
    },
  );
  const assigneeActions = ACTIONS.filter((action) => {
    const rule: Rule = POLICY[action];
    return rule.assignees === true;
  }).map((action) => `- \`${action}\`: ${POLICY[action].describe}`);
  const accountRows = ACCOUNT_ACTIONS.map((action) => [
    `\`${action}\``,
    ACCOUNT_POLICY[action].describe,
    ACCOUNT_POLICY[action].mutates ? "write tokens and sessions" : "any credentials",
  ]);
  return [
    "# Permissions",
    "",
    "<!-- Generated from packages/core/src/access/policy.ts by",
    "     `npm run docs:permissions -w @orrery/server`. Do not edit by hand. -->",
    "",
    "Every request is checked against one table. A person may take an action when their",
    "organisation role allows it, or, for an action about one project, when their role on that",
    "project does. API tokens with the `read` scope are refused every action that changes data,",
    "whatever the roles say.",
    "",
    "Someone who is not a member of an organisation gets `404 Not Found` for anything in it, never",
    "`403`, so the existence of its projects is not disclosed. Inside their organisation, a project",
    "they may not read is also `404`; an action they may not take on something they can read is",
    "`403 Forbidden`.",
    "",
    "## Organisation roles",
    "",
    ...table(header, orgRows),
    "",
    "## Project roles",
    "",
    "Granted on one project, on top of the organisation role.",
    "",
    ...table(projectHeader, projectRows),
    "",
    "## Assigned work",
    "",
    "A person assigned to a task (through a plan resource mapped to them) may also take these",
    "actions on that task, whatever their project role, even as a viewer:",
    "",
    ...assigneeActions,
    "",
    "## Your own account",
    "",
    "Not tied to an organisation: every signed-in person may do these.",
    "",
    ...table(["Action", "What it allows", "Who"], accountRows),
    "",
  ].join("\n");
}

function mark(allowed: boolean): string {
  return allowed ? "✓" : "–";
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)];
}
