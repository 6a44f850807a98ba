import { and, desc, eq, lt, or } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../store/database.js";
import { user } from "../store/schema/auth-tables.js";
import { gateReview } from "../store/schema/governance-tables.js";
import { project } from "../store/schema/project-tables.js";

export type GateReviewRow = typeof gateReview.$inferSelect;
export type GateReviewInsert = typeof gateReview.$inferInsert;

const requester = alias(user, "requester");
const decider = alias(user, "decider");

export interface GateReviewView {
  readonly row: GateReviewRow;
  readonly projectKey: string;
  readonly projectName: string;
  readonly requesterName: string | null;
  readonly requesterEmail: string | null;
  readonly deciderName: string | null;
  readonly deciderEmail: string | null;
}

function selectReviewViews(db: Db) {
  return db
    .select({
      row: gateReview,
      projectKey: project.key,
      projectName: project.name,
      requesterName: requester.name,
      requesterEmail: requester.email,
      deciderName: decider.name,
      deciderEmail: decider.email,
    })
    .from(gateReview)
    .innerJoin(
      project,
      and(eq(project.orgId, gateReview.orgId), eq(project.id, gateReview.projectId)),
    )
    .leftJoin(requester, eq(requester.id, gateReview.requestedBy))
    .leftJoin(decider, eq(decider.id, gateReview.decidedBy));
}

export async function findReviewView(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<GateReviewView | null> {
  const [view] = await selectReviewViews(db).where(reviewCondition(orgId, projectId, id));
  return view ?? null;
}

/** A project's reviews of one gate, newest first; `after` is the previous page's last row. */
export async function listReviewViews(
  db: Db,
  orgId: string,
  projectId: string,
  phase: number,
  after: { requestedAt: string; id: string } | null,
  limit: number,
): Promise<GateReviewView[]> {
  const at = after ? new Date(after.requestedAt) : null;
  return selectReviewViews(db)
    .where(
      and(
        eq(gateReview.orgId, orgId),
        eq(gateReview.projectId, projectId),
        eq(gateReview.phase, phase),
        at && after
          ? or(
              lt(gateReview.requestedAt, at),
              and(eq(gateReview.requestedAt, at), lt(gateReview.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(gateReview.requestedAt), desc(gateReview.id))
    .limit(limit);
}

/** The project's review awaiting a decision, if any (at most one, by a unique index). */
export async function findPendingReview(
  db: Db,
  orgId: string,
  projectId: string,
): Promise<GateReviewRow | null> {
  const [row] = await db
    .select()
    .from(gateReview)
    .where(
      and(
        eq(gateReview.orgId, orgId),
        eq(gateReview.projectId, projectId),
        eq(gateReview.state, "requested"),
      ),
    );
  return row ?? null;
}

export async function lockReview(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
): Promise<GateReviewRow | null> {
  const [row] = await db
    .select()
    .from(gateReview)
    .where(reviewCondition(orgId, projectId, id))
    .for("update");
  return row ?? null;
}

export async function insertReview(db: Db, row: GateReviewInsert): Promise<void> {
  await db.insert(gateReview).values(row);
}

export async function updateReview(
  db: Db,
  orgId: string,
  projectId: string,
  id: string,
  version: number,
  patch: Partial<GateReviewInsert>,
): Promise<boolean> {
  const rows = await db
    .update(gateReview)
    .set({ ...patch, version: version + 1 })
    .where(and(reviewCondition(orgId, projectId, id), eq(gateReview.version, version)))
    .returning({ id: gateReview.id });
  return rows.length > 0;
}

function reviewCondition(orgId: string, projectId: string, id: string) {
  return and(
    eq(gateReview.orgId, orgId),
    eq(gateReview.projectId, projectId),
    eq(gateReview.id, id),
  );
}
