import { type Calendar, CalendarCreate, CalendarUpdate } from "@orrery/contracts/calendars";
import type { CalendarChange, PlanChange } from "@orrery/contracts/plans";
import { Conflict, Invalid, NotFound, StaleWrite } from "@orrery/core/errors/domain-error";
import type { OrgCtx } from "../service/context.js";
import { parseInput } from "../service/parse-input.js";
import type { PlanState } from "./plan-document.js";
import { withoutTaskEdits } from "./plan-edits.js";
import { readablePlan, runPlanEdit } from "./plan-mutation.js";
import { toCalendar } from "./plan-shape.js";
import {
  type CalendarRow,
  deleteCalendar as deleteCalendarRow,
  insertCalendars,
  readCalendars,
  updateCalendar as updateCalendarRow,
} from "./plan-store.js";

// Calendars: they say what every date is counted on, so each write reschedules the plan in the
// same transaction.

export async function listCalendars(ctx: OrgCtx, idOrKey: string): Promise<{ items: Calendar[] }> {
  const { key, plan } = await readablePlan(ctx, idOrKey);
  const rows = await readCalendars(ctx.db, key);
  return { items: rows.map((row) => toCalendar(row, plan.calendarUid)) };
}

/** A base calendar must exist and be a base calendar; a calendar cannot derive from itself. */
function checkBase(state: PlanState, uid: number, baseUid: number | null): void {
  if (baseUid === null) return;
  const base = state.calendars.find((calendar) => calendar.uid === baseUid);
  if (!base || baseUid === uid)
    throw new Invalid([
      { path: "baseCalendarUid", message: `no base calendar ${baseUid} in this plan` },
    ]);
  if (!base.isBase)
    throw new Invalid([
      { path: "baseCalendarUid", message: `calendar ${baseUid} is not a base calendar` },
    ]);
}

function calendarRecord(ctx: OrgCtx, action: string, uid: number, before: unknown, after: unknown) {
  return {
    audit: { action, entityType: "calendar", entityId: String(uid), before, after },
    event: {
      type: "plan.updated" as const,
      entityType: "calendar",
      entityId: String(uid),
      summary: `${ctx.actor.name} ${action.replace("calendar.", "")}d calendar ${uid}`,
    },
  };
}

/** Adds a calendar (a base one, or derived from a base when `baseCalendarUid` is set). */
export async function createCalendar(
  ctx: OrgCtx,
  idOrKey: string,
  raw: unknown,
): Promise<CalendarChange> {
  const input = parseInput(CalendarCreate, raw);
  let created: CalendarRow | null = null;
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      const uid = Math.max(0, ...state.calendars.map((calendar) => calendar.uid)) + 1;
      checkBase(state, uid, input.baseCalendarUid);
      created = {
        ...key,
        uid,
        name: input.name,
        isBase: input.baseCalendarUid === null,
        baseUid: input.baseCalendarUid,
        weekDays: input.weekDays,
        exceptions: input.exceptions,
        workWeeks: input.workWeeks,
        version: 1,
      };
      await insertCalendars(tx, [created]);
      return withoutTaskEdits({ ...state, calendars: [...state.calendars, created] });
    },
    (_change, edited) => {
      const row = edited.state.calendars.at(-1);
      return calendarRecord(ctx, "calendar.create", row?.uid ?? 0, null, row ?? null);
    },
  );
  return { calendar: calendarOf(created, change), change };
}

function calendarOf(row: CalendarRow | null, change: PlanChange): Calendar | null {
  return row === null ? null : toCalendar(row, change.plan.calendarUid);
}

/** The calendar as the caller last read it: 404 when absent, 412 when `expectedVersion` is stale. */
function currentCalendar(
  state: PlanState,
  uid: number,
  expectedVersion: number | null,
): CalendarRow {
  const row = state.calendars.find((calendar) => calendar.uid === uid);
  if (!row) throw new NotFound("calendar", String(uid));
  if (expectedVersion !== null && expectedVersion !== row.version) throw new StaleWrite("calendar");
  return row;
}

/** Changes a calendar's name, week, exceptions or work weeks (412 when stale); reschedules. */
export async function updateCalendar(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  raw: unknown,
  expectedVersion: number | null,
): Promise<CalendarChange> {
  const patch = parseInput(CalendarUpdate, raw);
  let updated: CalendarRow | null = null;
  let before: CalendarRow | null = null;
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      const row = currentCalendar(state, uid, expectedVersion);
      before = row;
      const baseUid = patch.baseCalendarUid === undefined ? row.baseUid : patch.baseCalendarUid;
      checkBase(state, uid, baseUid);
      if (baseUid !== null && state.calendars.some((c) => c.baseUid === uid))
        throw new Invalid([
          {
            path: "baseCalendarUid",
            message: "other calendars derive from this one; it must stay a base",
          },
        ]);
      const next: CalendarRow = {
        ...row,
        name: patch.name ?? row.name,
        baseUid,
        isBase: baseUid === null,
        weekDays: patch.weekDays ?? row.weekDays,
        exceptions: patch.exceptions ?? row.exceptions,
        workWeeks: patch.workWeeks ?? row.workWeeks,
        version: row.version + 1,
      };
      if (!(await updateCalendarRow(tx, key, next, row.version))) throw new StaleWrite("calendar");
      updated = next;
      return withoutTaskEdits({
        ...state,
        calendars: state.calendars.map((calendar) => (calendar.uid === uid ? next : calendar)),
      });
    },
    () => calendarRecord(ctx, "calendar.update", uid, before, updated),
  );
  return { calendar: calendarOf(updated, change), change };
}

/** Deletes a calendar nothing uses: not the project calendar, no task's, no derived one's base. */
export async function deleteCalendar(
  ctx: OrgCtx,
  idOrKey: string,
  uid: number,
  expectedVersion: number | null,
): Promise<CalendarChange> {
  let before: CalendarRow | null = null;
  const change = await runPlanEdit(
    ctx,
    idOrKey,
    async (tx, state, key) => {
      const row = currentCalendar(state, uid, expectedVersion);
      before = row;
      const user =
        state.plan.calendarUid === uid
          ? "the plan (it is the project calendar)"
          : state.tasks.find((task) => task.calendarUid === uid)
            ? "tasks"
            : state.calendars.find((calendar) => calendar.baseUid === uid)
              ? "derived calendars"
              : null;
      if (user !== null) throw new Conflict(`calendar ${uid} is used by ${user}`);
      await deleteCalendarRow(tx, key, uid);
      return withoutTaskEdits({
        ...state,
        calendars: state.calendars.filter((calendar) => calendar.uid !== uid),
      });
    },
    () => calendarRecord(ctx, "calendar.delete", uid, before, null),
  );
  return { calendar: null, change };
}
