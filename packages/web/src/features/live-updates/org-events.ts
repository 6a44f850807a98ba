import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { invalidateMe } from "../account/queries.js";
import { invalidateCertifications } from "../certifications/queries.js";
import { invalidateChangeRequests } from "../changes/queries.js";
import { invalidateCompliance } from "../compliance/queries.js";
import { invalidateDocuments } from "../documents/queries.js";
import { invalidateGovernance } from "../gates/queries.js";
import { invalidateLessons } from "../lessons/queries.js";
import { invalidateMembers } from "../members/queries.js";
import { invalidateMilestones } from "../milestones/queries.js";
import { invalidateMyWork } from "../my-work/queries.js";
import { invalidateNotifications } from "../notifications/queries.js";
import { invalidatePlanBefore } from "../plan/queries.js";
import { invalidatePlanResources } from "../plan-resources/queries.js";
import { invalidateProjects } from "../projects/queries.js";
import { invalidateRaid } from "../raid/queries.js";
import { invalidateStatusReports } from "../status-reports/queries.js";
import { invalidateTemplates } from "../templates/queries.js";
import { loadedBefore, parseOrgEvent, staleAfter } from "./event-effects.js";

/**
 * Keeps the organisation's cached views current while it is open: the server pushes every change
 * over Server-Sent Events and the named resources are refetched, so two people looking at the
 * same list see each other's changes without reloading. EventSource reconnects by itself.
 */
export function useOrgEvents(org: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const asked = Date.now();
    const source = new EventSource(`/api/v1/orgs/${encodeURIComponent(org)}/events`);
    const onMessage = (message: MessageEvent) => {
      const event = parseOrgEvent(message.data);
      if (!event) return;
      for (const resource of staleAfter(event)) {
        if (resource === "projects") void invalidateProjects(queryClient, org);
        if (resource === "members") void invalidateMembers(queryClient, org);
        if (resource === "me") void invalidateMe(queryClient);
        if (resource === "plan" && event.projectId)
          void invalidatePlanBefore(queryClient, org, event.projectId, event.planVersion);
        if (resource === "milestones") void invalidateMilestones(queryClient, org);
        if (resource === "raid") void invalidateRaid(queryClient, org);
        if (resource === "templates") void invalidateTemplates(queryClient, org);
        if (resource === "governance") void invalidateGovernance(queryClient, org);
        if (resource === "governance" || resource === "statusReports")
          void invalidateCompliance(queryClient, org);
        if (resource === "statusReports") void invalidateStatusReports(queryClient, org);
        if (resource === "certifications") void invalidateCertifications(queryClient, org);
        if (resource === "myWork") void invalidateMyWork(queryClient, org);
        if (resource === "planResources" && event.projectId)
          void invalidatePlanResources(queryClient, org, event.projectId);
        if (resource === "lessons") void invalidateLessons(queryClient, org);
        if (resource === "notifications") void invalidateNotifications(queryClient, org);
        if (resource === "changes" && event.projectId)
          void invalidateChangeRequests(queryClient, org, event.projectId);
        if (resource === "documents") void invalidateDocuments(queryClient, org);
      }
    };
    // Events sent while the stream was not listening are lost to this page. On the first open
    // that is what loaded before the stream was asked for; on a reconnect, everything.
    let reopened = false;
    const onOpen = () => {
      const since = reopened ? Date.now() : asked;
      reopened = true;
      void queryClient.invalidateQueries({
        queryKey: ["orgs", org],
        predicate: (query) => loadedBefore(query.state, since),
      });
    };
    source.addEventListener("message", onMessage);
    source.addEventListener("open", onOpen);
    return () => {
      source.removeEventListener("message", onMessage);
      source.removeEventListener("open", onOpen);
      source.close();
    };
  }, [org, queryClient]);
}
