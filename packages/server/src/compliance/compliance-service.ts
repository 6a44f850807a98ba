import { PAGE_LIMIT_MAX, type Page } from "@orrery/contracts/common";
import {
  type ComplianceFinding,
  type ComplianceKind,
  ComplianceQuery,
  type ComplianceReport,
} from "@orrery/contracts/compliance";
import type { GateCalendarEntry } from "@orrery/contracts/lifecycle";
import { gateCalendar } from "../gates/gate-calendar-service.js";
import { readLifecycle } from "../lifecycle/lifecycle-service.js";
import { listOrgRaid } from "../raid/raid-service.js";
import { authorize } from "../service/authorize.js";
import { addDays, daysBetween, todayOf } from "../service/calendar-day.js";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import { portfolioStatus } from "../status-reports/portfolio-status-service.js";

/** What every source of findings is given for one report. */
interface Inputs {
  readonly ctx: OrgCtx;
  readonly asOf: string;
  readonly query: ComplianceQuery;
  /**
   * The whole gate calendar as of `asOf`: both gate rules judge it, so it is read once per
   * report and shared rather than paged through by each.
   */
  readonly gates: Promise<GateCalendarEntry[]>;
}

type Source = (inputs: Inputs) => Promise<ComplianceFinding[]>;

/**
 * Where the findings come from. Each asks the service that owns the rule (the portfolio status
 * knows when a report is due, the gate calendar when a gate is), so the view cannot drift from
 * the pages it links to, and sees only the projects the caller may read there.
 */
const SOURCES: Readonly<Record<ComplianceKind, Source>> = {
  report_overdue: overdueReports,
  gate_overdue: overdueGates,
  gate_documents_missing: gatesMissingDocuments,
  raid_stale: staleRaidEntries,
};

/** What falls short of the standard in the projects the caller may read, longest overdue first. */
export async function complianceReport(ctx: OrgCtx, raw: unknown): Promise<ComplianceReport> {
  const query = parseInput(ComplianceQuery, raw);
  authorize(ctx, "compliance.read");
  const asOf = todayOf(ctx);
  // Every source runs (the counts cover all kinds), so both gate rules await this one read.
  const gates = everything((cursor) =>
    gateCalendar(ctx, { limit: PAGE_LIMIT_MAX, asOf, ...(cursor ? { cursor } : {}) }),
  );
  const inputs: Inputs = { ctx, asOf, query, gates };
  const kinds = Object.keys(SOURCES) as ComplianceKind[];
  const found = await Promise.all(kinds.map((kind) => SOURCES[kind](inputs)));
  const counts = Object.fromEntries(kinds.map((kind, i) => [kind, found[i]?.length ?? 0]));
  const findings = found
    .flat()
    .filter((finding) => query.kind === undefined || finding.kind === query.kind)
    .sort(
      (a, b) =>
        b.daysOverdue - a.daysOverdue ||
        a.project.key.localeCompare(b.project.key) ||
        a.kind.localeCompare(b.kind),
    );
  return { asOf, counts: counts as ComplianceReport["counts"], findings };
}

/** Every item of a paged service, page after page. */
async function everything<T>(page: (cursor: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

async function overdueReports({ ctx, asOf }: Inputs): Promise<ComplianceFinding[]> {
  const entries = await everything((cursor) =>
    portfolioStatus(ctx, { limit: PAGE_LIMIT_MAX, ...(cursor ? { cursor } : {}) }),
  );
  return entries
    .filter((entry) => entry.overdue)
    .map((entry) => ({
      kind: "report_overdue",
      project: entry.project,
      subject: `Status report due ${entry.nextDue}`,
      since: entry.nextDue,
      daysOverdue: daysBetween(entry.nextDue, asOf),
      fix: { page: "status-reports", projectId: entry.project.id },
    }));
}

/** The gates the calendar marks overdue: dated before `asOf`, as its `state: "overdue"` filter. */
async function overdueGates({ asOf, gates }: Inputs): Promise<ComplianceFinding[]> {
  const entries = (await gates).filter((entry) => entry.overdue);
  return entries.flatMap((entry): ComplianceFinding[] =>
    entry.date === null
      ? []
      : [
          {
            kind: "gate_overdue",
            project: entry.project,
            subject: `Gate ${entry.gate} (${entry.gateName}) ${entry.reviewId ? "awaits a decision" : "not yet requested"}`,
            since: entry.date,
            daysOverdue: daysBetween(entry.date, asOf),
            fix:
              entry.reviewId === null
                ? { page: "lifecycle", projectId: entry.project.id }
                : {
                    page: "gate-review",
                    projectId: entry.project.id,
                    gate: entry.gate,
                    reviewId: entry.reviewId,
                  },
          },
        ],
  );
}

async function staleRaidEntries({ ctx, asOf, query }: Inputs): Promise<ComplianceFinding[]> {
  const items = await everything((cursor) =>
    listOrgRaid(ctx, {
      limit: PAGE_LIMIT_MAX,
      stale: true,
      staleDays: query.staleDays,
      sort: "createdAt",
      ...(cursor ? { cursor } : {}),
    }),
  );
  return items.map((item) => {
    const reviewed = (item.lastReviewedAt ?? item.createdAt).slice(0, 10);
    const since = addDays(reviewed, query.staleDays);
    return {
      kind: "raid_stale",
      project: item.project,
      subject: `${item.ref} ${item.title}: not reviewed since ${reviewed}`,
      since,
      daysOverdue: Math.max(0, daysBetween(since, asOf)),
      fix: { page: "raid", projectId: item.project.id },
    };
  });
}

/** A gate this close (or requested, or past its date) should have its deliverables. */
const DOCUMENTS_DUE_DAYS = 14;

/**
 * Next gates that are requested, overdue or due within two weeks while a required document is
 * neither attached nor ticked with a reference: the deliverables the reviewers will ask for.
 */
async function gatesMissingDocuments({ ctx, asOf, gates }: Inputs): Promise<ComplianceFinding[]> {
  const horizon = addDays(asOf, DOCUMENTS_DUE_DAYS);
  const due = (await gates).filter(
    (gate) => gate.reviewId !== null || (gate.date !== null && gate.date <= horizon),
  );
  const findings: ComplianceFinding[] = [];
  for (const gate of due) {
    const lifecycle = await readLifecycle(ctx.db, ctx, gate.project);
    const missing = lifecycle.missing.filter((item) => item.kind === "document");
    if (missing.length === 0) continue;
    const since = gate.date ?? asOf;
    findings.push({
      kind: "gate_documents_missing",
      project: gate.project,
      subject: `Gate ${gate.gate} (${gate.gateName}) lacks ${missing.map((item) => item.label).join(", ")}`,
      since,
      daysOverdue: Math.max(0, daysBetween(since, asOf)),
      fix: { page: "documents", projectId: gate.project.id },
    });
  }
  return findings;
}
