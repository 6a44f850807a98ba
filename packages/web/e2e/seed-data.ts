import { Lesson, type LessonCreate } from "@orrery/contracts/lessons";
import { type Member, MemberAdded } from "@orrery/contracts/orgs";
import { Project, type ProjectCreate, ProjectMember } from "@orrery/contracts/projects";
import { RaidItem, type RaidItemCreate } from "@orrery/contracts/raid";
import type { ProjectRole } from "@orrery/contracts/roles";
import { TokenCreated } from "@orrery/contracts/tokens";
import { z } from "zod";

/** Talks to a test server's API as the bootstrapped administrator's token, to set the scene fast. */
export class ApiAsAdmin {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async send<S extends z.ZodType>(
    schema: S,
    method: string,
    path: string,
    body?: unknown,
    ifMatchVersion?: number,
  ): Promise<z.output<S>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (ifMatchVersion !== undefined) headers["if-match"] = `"${ifMatchVersion}"`;
    const response = await fetch(new URL(path, this.baseUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return schema.parse(text === "" ? null : JSON.parse(text));
  }

  createProject(org: string, input: ProjectCreate): Promise<Project> {
    return this.send(Project, "POST", `/api/v1/orgs/${org}/projects`, input);
  }

  /** Changes a project behind the browser's back, as a colleague elsewhere would. */
  updateProject(org: string, project: Project, changes: Record<string, unknown>): Promise<Project> {
    const path = `/api/v1/orgs/${org}/projects/${project.id}`;
    return this.send(Project, "PATCH", path, changes, project.version);
  }

  addMember(org: string, email: string, name: string, role: z.input<typeof Member>["role"]) {
    return this.send(MemberAdded, "POST", `/api/v1/orgs/${org}/members`, { email, name, role });
  }

  removeMember(org: string, userId: string) {
    return this.send(z.null(), "DELETE", `/api/v1/orgs/${org}/members/${userId}`);
  }

  addProjectMember(org: string, projectId: string, userId: string, role: ProjectRole) {
    const path = `/api/v1/orgs/${org}/projects/${projectId}/members`;
    return this.send(ProjectMember, "POST", path, { userId, role });
  }

  recordRaidItem(org: string, projectId: string, item: RaidItemCreate): Promise<RaidItem> {
    return this.send(RaidItem, "POST", `/api/v1/orgs/${org}/projects/${projectId}/raid`, item);
  }

  /** Applies plan edits (`tasks:batch` operations) in one transaction, as the grid would. */
  editPlan(org: string, projectId: string, operations: readonly object[]) {
    const path = `/api/v1/orgs/${org}/projects/${projectId}/tasks:batch`;
    return this.send(z.unknown(), "POST", path, { operations });
  }

  setBaseline(org: string, projectId: string, number = 0) {
    return this.send(
      z.unknown(),
      "PUT",
      `/api/v1/orgs/${org}/projects/${projectId}/baselines/${number}`,
    );
  }

  recordLesson(org: string, projectId: string, lesson: LessonCreate): Promise<Lesson> {
    return this.send(Lesson, "POST", `/api/v1/orgs/${org}/projects/${projectId}/lessons`, lesson);
  }

  createToken(name: string, scope: "read" | "write", expiresInDays?: number) {
    return this.send(TokenCreated, "POST", "/api/v1/tokens", { name, scope, expiresInDays });
  }
}

/** A believable portfolio: the projects a mid-size PMO runs, in every status. */
export const PORTFOLIO: readonly ProjectCreate[] = [
  {
    key: "ERP",
    name: "ERP rollout wave 2",
    description: "Move finance and procurement of the Benelux entities onto the group ERP.",
    status: "active",
    methodology: "hybrid",
    plannedStart: "2027-01-11",
    plannedFinish: "2027-11-30",
    budget: { amountMinor: 185_000_000, currency: "EUR" },
    tags: ["finance", "benelux"],
  },
  {
    key: "CRM",
    name: "Customer 360 CRM",
    description: "One view of every customer across sales, service and billing.",
    status: "active",
    methodology: "agile",
    plannedStart: "2026-09-01",
    plannedFinish: "2027-06-30",
    budget: { amountMinor: 92_500_000, currency: "EUR" },
    tags: ["sales", "customer"],
  },
  {
    key: "DC2",
    name: "Data centre exit",
    description: "Retire the Utrecht data centre; move the remaining 140 workloads to the cloud.",
    status: "on_hold",
    methodology: "waterfall",
    plannedStart: "2027-02-01",
    plannedFinish: "2028-03-31",
    budget: { amountMinor: 310_000_000, currency: "EUR" },
    tags: ["infrastructure"],
  },
  {
    key: "HR",
    name: "HR self-service portal",
    description: "Leave, expenses and payslips in one portal for 4,000 employees.",
    status: "proposed",
    methodology: "agile",
    plannedStart: "2027-04-05",
    plannedFinish: "2027-10-29",
    budget: { amountMinor: 41_000_000, currency: "EUR" },
    tags: ["people"],
  },
  {
    key: "GDPR",
    name: "Privacy programme 2027",
    description: "Records of processing, retention rules and DPIAs for every business line.",
    status: "active",
    methodology: "prince2",
    plannedStart: "2027-01-04",
    plannedFinish: "2027-12-17",
    budget: { amountMinor: 27_500_000, currency: "EUR" },
    tags: ["compliance", "legal"],
  },
  {
    key: "WMS",
    name: "Warehouse management upgrade",
    description: "Upgrade the Venlo warehouse system before vendor support ends.",
    status: "completed",
    methodology: "waterfall",
    plannedStart: "2026-02-02",
    plannedFinish: "2026-10-30",
    budget: { amountMinor: 64_000_000, currency: "EUR" },
    tags: ["logistics"],
  },
  {
    key: "MOB",
    name: "Field service mobile app",
    description: "Offline-first app for 300 field engineers: work orders, parts and signatures.",
    status: "proposed",
    methodology: "agile",
    plannedStart: "2027-05-03",
    plannedFinish: "2027-12-10",
    budget: { amountMinor: 38_000_000, currency: "USD" },
    tags: ["service", "mobile"],
  },
  {
    key: "BI",
    name: "Self-service BI",
    description: "Replace the monthly Excel pack with governed dashboards.",
    status: "cancelled",
    methodology: "agile",
    plannedStart: "2026-03-02",
    plannedFinish: "2026-09-25",
    budget: { amountMinor: 22_000_000, currency: "GBP" },
    tags: ["reporting"],
  },
];

/** Colleagues with the PMO roles, so member lists, pickers and the audit log look like a real team. */
export const TEAM = [
  { email: "sofia.jansen@example.com", name: "Sofia Jansen", role: "pmo_manager" },
  { email: "mark.devries@example.com", name: "Mark de Vries", role: "project_manager" },
  { email: "amira.haddad@example.com", name: "Amira Haddad", role: "portfolio_manager" },
  { email: "lucas.peeters@example.com", name: "Lucas Peeters", role: "pmo_analyst" },
  { email: "emma.bakker@example.com", name: "Emma Bakker", role: "executive" },
] as const;
