import { Calendar, type CalendarCreate, type CalendarUpdate } from "@orrery/contracts/calendars";
import { CalendarChange } from "@orrery/contracts/plans";
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { fetchJson } from "../../api/api-client.js";
import { applyPlanChange, invalidatePlan, planKeys, planPath } from "../plan/queries.js";

const CalendarList = z.object({ items: z.array(Calendar) });

/** The plan's calendars; under the plan's key, so any plan write refreshes them too. */
export function calendarsQuery(org: string, projectId: string) {
  return queryOptions({
    queryKey: [...planKeys.all(org, projectId), "calendars"],
    queryFn: ({ signal }) =>
      fetchJson(CalendarList, `${planPath(org, projectId)}/calendars`, { signal }),
  });
}

/** A write of one calendar: each one reschedules the plan on the server. */
export type CalendarWrite =
  | { readonly kind: "create"; readonly body: z.input<typeof CalendarCreate> }
  | { readonly kind: "update"; readonly calendar: Calendar; readonly patch: CalendarUpdate }
  | { readonly kind: "delete"; readonly calendar: Calendar };

/**
 * Creates, changes or deletes a calendar. Changes and deletes send the calendar's version as
 * If-Match, so a calendar someone else changed meanwhile is refused (412), never overwritten.
 * The answer carries every task the reschedule moved; the plan shows them at once.
 */
export function useCalendarWrite(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const path = `${planPath(org, projectId)}/calendars`;
  return useMutation({
    mutationFn: (write: CalendarWrite) => {
      switch (write.kind) {
        case "create":
          return fetchJson(CalendarChange, path, { method: "POST", body: write.body });
        case "update":
          return fetchJson(CalendarChange, `${path}/${write.calendar.uid}`, {
            method: "PATCH",
            body: write.patch,
            ifMatch: write.calendar.version,
          });
        case "delete":
          return fetchJson(CalendarChange, `${path}/${write.calendar.uid}`, {
            method: "DELETE",
            ifMatch: write.calendar.version,
          });
      }
    },
    onSuccess: (result) => applyPlanChange(queryClient, org, projectId, result.change),
    onSettled: () => invalidatePlan(queryClient, org, projectId),
  });
}
