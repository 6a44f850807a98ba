import { nextReportDue } from "@orrery/core/governance/reported-rag";
import type { EventBus, StagedChanges } from "../events/event-bus.js";
import { todayOf } from "../service/calendar-day.js";
import {
  DEFAULT_REPORTING_RULES,
  type ReportingRules,
  reportingRulesOf,
} from "../status-reports/reporting-rules.js";
import type { Db } from "../store/database.js";
import type { MailOutbox } from "./mail-outbox.js";
import { notificationEvents, notify } from "./notify.js";
import { listReportingProjects } from "./overdue-report-store.js";

/** How often each node looks for overdue status reports. */
const SWEEP_MS = 15 * 60_000;

export interface SweepDeps {
  readonly db: Db;
  readonly events: EventBus;
  readonly mail: MailOutbox | null;
}

/**
 * Tells each project manager once per missed report that it is overdue, with the portfolio
 * page's rule (`nextReportDue`: the cadence of the project's template after the latest reported
 * period). The notification's
 * key names the project and the due day, so running the sweep again, or on several nodes at
 * once, makes no second one: the unique index refuses it. Answers how many people were told.
 */
export async function sweepOverdueReports(deps: SweepDeps, now: Date): Promise<number> {
  const today = todayOf({ now });
  let told = 0;
  const projects = await listReportingProjects(deps.db);
  const cadences = new Map<string, ReportingRules["reportCadence"]>();
  for (const orgId of new Set(projects.map((p) => p.orgId))) {
    const ids = projects.filter((p) => p.orgId === orgId).map((p) => p.projectId);
    for (const [id, rules] of await reportingRulesOf(deps.db, orgId, ids))
      cadences.set(id, rules.reportCadence);
  }
  for (const p of projects) {
    const cadence = cadences.get(p.projectId) ?? DEFAULT_REPORTING_RULES.reportCadence;
    const { due, overdue } = nextReportDue(p.latestPeriodEnd, cadence, today);
    if (!overdue) continue;
    const facts = {
      kind: "status_report_overdue" as const,
      recipientIds: [p.managerId],
      title: `Status report overdue: ${p.key} ${p.name}`,
      body: `The status report of ${p.key} ${p.name} was due on ${due}; the latest covers the period to ${p.latestPeriodEnd}.`,
      link: `/projects/${encodeURIComponent(p.key)}/status-reports`,
      entityType: "project",
      entityId: p.projectId,
      projectId: p.projectId,
      dedupeKey: `status_report_overdue:${p.projectId}:${due}`,
    };
    let staged: StagedChanges = { events: [], access: [] };
    const notified = await deps.db.transaction(async (tx) => {
      const made = await notify(
        tx,
        { orgId: p.orgId, orgSlug: p.orgSlug, now, mail: deps.mail },
        facts,
      );
      const origin = { org: { orgId: p.orgId }, actor: null, now };
      staged = { events: notificationEvents(origin, facts, made.inApp), access: [] };
      await deps.events.stage(tx, staged);
      return made;
    });
    deps.events.committed(staged);
    if (notified.emailed.length > 0) deps.mail?.wake();
    told += new Set([...notified.inApp, ...notified.emailed]).size;
  }
  return told;
}

/** Sweeps now and every 15 minutes until stopped (with the server). */
export function startOverdueSweep(
  deps: SweepDeps,
  onError: (error: unknown) => void,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = running.then(() => sweepOverdueReports(deps, new Date())).catch(onError);
  };
  const timer = setInterval(run, SWEEP_MS);
  timer.unref();
  run();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
