import {
  Notification,
  NotificationListQuery,
  NotificationPage,
  NotificationPreferences,
  NotificationPreferencesUpdate,
  NotificationsMarkedRead,
} from "@orrery/contracts/notifications";
import { z } from "zod";
import type { ApiApp } from "../http/api-app.js";
import { expectedVersion, setETag } from "../http/etag.js";
import { orgCtx } from "../http/request-context.js";
import { OrgParams, problemResponses } from "../http/route-schemas.js";
import type { Runtime } from "../runtime.js";
import {
  getMyPreferences,
  listMyNotifications,
  markAllRead,
  markRead,
  updateMyPreferences,
} from "./notification-service.js";

const NotificationParams = OrgParams.extend({ id: z.string().describe("The notification's id") });
const tags = ["notifications"];

/** The caller's notification centre and notification preferences. */
export function notificationRoutes(app: ApiApp, runtime: Runtime): void {
  const list = "/api/v1/orgs/:org/notifications";
  app.get(
    list,
    {
      config: { policy: "notification.read" },
      schema: {
        tags,
        summary: "My notifications, newest first, with the number unread",
        params: OrgParams,
        querystring: NotificationListQuery,
        response: { 200: NotificationPage, ...problemResponses },
      },
    },
    async (request) => listMyNotifications(orgCtx(request, runtime), request.query),
  );
  app.post(
    `${list}/read-all`,
    {
      config: { policy: "notification.manage" },
      schema: {
        tags,
        summary: "Mark all my notifications read",
        params: OrgParams,
        response: { 200: NotificationsMarkedRead, ...problemResponses },
      },
    },
    async (request) => markAllRead(orgCtx(request, runtime)),
  );
  app.post(
    `${list}/:id/read`,
    {
      config: { policy: "notification.manage" },
      schema: {
        tags,
        summary: "Mark one of my notifications read",
        params: NotificationParams,
        response: { 200: Notification, ...problemResponses },
      },
    },
    async (request) => markRead(orgCtx(request, runtime), request.params.id),
  );
  const preferences = "/api/v1/orgs/:org/notification-preferences";
  app.get(
    preferences,
    {
      config: { policy: "notification.read" },
      schema: {
        tags,
        summary: "Which kinds of notification reach me in the app and by e-mail",
        params: OrgParams,
        response: { 200: NotificationPreferences, ...problemResponses },
      },
    },
    async (request, reply) => {
      const found = await getMyPreferences(orgCtx(request, runtime));
      setETag(reply, found.version);
      return found;
    },
  );
  app.put(
    preferences,
    {
      config: { policy: "notification.manage" },
      schema: {
        tags,
        summary: "Choose the channels of some kinds (honours If-Match)",
        params: OrgParams,
        body: NotificationPreferencesUpdate,
        response: { 200: NotificationPreferences, ...problemResponses },
      },
    },
    async (request, reply) => {
      const updated = await updateMyPreferences(
        orgCtx(request, runtime),
        request.body,
        expectedVersion(request),
      );
      setETag(reply, updated.version);
      return updated;
    },
  );
}
