import { OrgRole, ProjectRole } from "@orrery/contracts/roles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCOUNT_ACTIONS,
  ACCOUNT_POLICY,
  ACTIONS,
  isAllowed,
  isAllowedOnAccount,
  POLICY,
  type Rule,
  readsAllProjects,
} from "./policy.js";

describe("isAllowed", () => {
  it("refuses every mutation to a read-only token, whatever the roles", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OrgRole.options),
        fc.constantFrom(null, ...ProjectRole.options),
        fc.constantFrom(...ACTIONS),
        (orgRole, projectRole, action) => {
          if (POLICY[action].mutates) {
            expect(isAllowed({ orgRole, projectRole, scope: "read" }, action)).toBe(false);
          }
        },
      ),
    );
  });

  it("lets a project manager edit the project they manage but not another", () => {
    const grant = { orgRole: "team_member", scope: "write" } as const;
    expect(isAllowed({ ...grant, projectRole: "manager" }, "project.update")).toBe(true);
    expect(isAllowed({ ...grant, projectRole: null }, "project.update")).toBe(false);
  });

  it("never lets a project viewer change anything", () => {
    for (const action of ACTIONS) {
      if (!POLICY[action].mutates) continue;
      expect(POLICY[action].projectRoles as readonly string[]).not.toContain("viewer");
    }
  });

  it("lets a viewer assigned to a task record its progress, and nothing else of the plan", () => {
    const viewer = { orgRole: "team_member", projectRole: "viewer", scope: "write" } as const;
    expect(isAllowed({ ...viewer, assigned: true }, "task.progress")).toBe(true);
    expect(isAllowed(viewer, "task.progress")).toBe(false);
    expect(isAllowed({ ...viewer, assigned: true }, "plan.edit")).toBe(false);
    expect(isAllowed({ ...viewer, assigned: true, scope: "read" }, "task.progress")).toBe(false);
  });

  it("widens only the actions marked for assignees", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OrgRole.options),
        fc.constantFrom(null, ...ProjectRole.options),
        fc.constantFrom(...ACTIONS),
        (orgRole, projectRole, action) => {
          const rule: Rule = POLICY[action];
          const grant = { orgRole, projectRole, scope: "write" } as const;
          if (rule.assignees !== true)
            expect(isAllowed({ ...grant, assigned: true }, action)).toBe(isAllowed(grant, action));
        },
      ),
    );
  });

  it("gives the admin every action", () => {
    for (const action of ACTIONS) {
      expect(isAllowed({ orgRole: "admin", scope: "write" }, action)).toBe(true);
    }
  });
});

describe("isAllowedOnAccount", () => {
  it("refuses a read-only token every change to its own account and allows every read", () => {
    for (const action of ACCOUNT_ACTIONS) {
      expect(isAllowedOnAccount("read", action)).toBe(!ACCOUNT_POLICY[action].mutates);
      expect(isAllowedOnAccount("write", action)).toBe(true);
    }
  });
});

describe("project.list", () => {
  it("lets every member list projects, while reading one stays with portfolio roles", () => {
    for (const orgRole of OrgRole.options) {
      expect(isAllowed({ orgRole, scope: "read" }, "project.list")).toBe(true);
      expect(isAllowed({ orgRole, scope: "read" }, "project.read")).toBe(readsAllProjects(orgRole));
    }
  });
});
