import { Calendar, CalendarCreate, CalendarUpdate } from "@orrery/contracts/calendars";
import { CalendarChange } from "@orrery/contracts/plans";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { ProjectParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  createCalendar,
  deleteCalendar,
  listCalendars,
  updateCalendar,
} from "./calendar-service.js";

const CalendarParams = ProjectParams.extend({
  uid: z.coerce.number().int().describe("The calendar's UID in the plan"),
});

export function calendarRoutes(app: ApiApp, runtime: Runtime): void {
  const calendars = "/api/v1/orgs/:org/projects/:id/calendars";

  app.get(
    calendars,
    {
      config: { policy: "plan.read" },
      schema: {
        tags: ["plans"],
        summary: "The plan's calendars: working week, exceptions, work weeks",
        params: ProjectParams,
        response: { 200: z.object({ items: z.array(Calendar) }), ...problemResponses },
      },
    },
    async (request) => listCalendars(orgCtx(request, runtime), request.params.id),
  );

  app.post(
    calendars,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Add a calendar (derived when baseCalendarUid is set) and reschedule",
        params: ProjectParams,
        body: CalendarCreate,
        response: { 201: CalendarChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await createCalendar(
        orgCtx(request, runtime),
        request.params.id,
        request.body,
      );
      if (result.calendar) setETag(reply, result.calendar.version);
      return reply.code(201).send(result);
    },
  );

  app.patch(
    `${calendars}/:uid`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Change a calendar and reschedule (honours If-Match)",
        params: CalendarParams,
        body: CalendarUpdate,
        response: { 200: CalendarChange, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await updateCalendar(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        request.body,
        expectedVersion(request),
      );
      if (result.calendar) setETag(reply, result.calendar.version);
      return result;
    },
  );

  app.delete(
    `${calendars}/:uid`,
    {
      config: { policy: "plan.edit" },
      schema: {
        tags: ["plans"],
        summary: "Delete a calendar nothing uses (honours If-Match)",
        params: CalendarParams,
        response: { 200: CalendarChange, ...problemResponses },
      },
    },
    async (request) =>
      deleteCalendar(
        orgCtx(request, runtime),
        request.params.id,
        request.params.uid,
        expectedVersion(request),
      ),
  );
}
