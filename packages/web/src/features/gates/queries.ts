import { Page } from "@orrery/contracts/common";
import {
  GateCalendarEntry,
  GateReview,
  type GateReviewDecision,
  type GateReviewRequest,
} from "@orrery/contracts/lifecycle";
import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { fetchJson } from "../../api/api-client.js";
import { lifecycleKeys, projectPath } from "../lifecycle/queries.js";
import { invalidateRaid } from "../raid/queries.js";

const CalendarPage = Page(GateCalendarEntry);
const ReviewPage = Page(GateReview);

export type CalendarFilter = "all" | "requested" | "upcoming" | "overdue";

const gateKeys = {
  all: (org: string) => ["orgs", org, "gates"] as const,
  calendar: (org: string, filter: CalendarFilter, asOf: string) =>
    [...gateKeys.all(org), "calendar", filter, asOf] as const,
  reviews: (org: string, projectId: string, gate: number) =>
    [...gateKeys.all(org), "reviews", projectId, gate] as const,
  review: (org: string, projectId: string, gate: number, id: string) =>
    [...gateKeys.reviews(org, projectId, gate), id] as const,
};

function reviewsPath(org: string, projectId: string, gate: number): string {
  return `${projectPath(org, projectId)}/gates/${gate}/reviews`;
}

/** The PMO's calendar, judged against the person's own today. */
export function gateCalendarQuery(org: string, filter: CalendarFilter, asOf: string) {
  return queryOptions({
    queryKey: gateKeys.calendar(org, filter, asOf),
    queryFn: ({ signal }) =>
      fetchJson(CalendarPage, `/api/v1/orgs/${encodeURIComponent(org)}/gates/calendar`, {
        query: { state: filter === "all" ? undefined : filter, asOf, limit: 500 },
        signal,
      }),
  });
}

export function useGateCalendar(org: string, filter: CalendarFilter, asOf: string) {
  return useQuery(gateCalendarQuery(org, filter, asOf));
}

export function useGateReviews(org: string, projectId: string, gate: number) {
  return useQuery(
    queryOptions({
      queryKey: gateKeys.reviews(org, projectId, gate),
      queryFn: ({ signal }) =>
        fetchJson(ReviewPage, reviewsPath(org, projectId, gate), { query: { limit: 50 }, signal }),
    }),
  );
}

export function useGateReview(org: string, projectId: string, gate: number, id: string) {
  return useQuery(
    queryOptions({
      queryKey: gateKeys.review(org, projectId, gate, id),
      queryFn: ({ signal }) =>
        fetchJson(GateReview, `${reviewsPath(org, projectId, gate)}/${encodeURIComponent(id)}`, {
          signal,
        }),
    }),
  );
}

/** Marks lifecycles, gate reviews and the calendar stale (after a change here or elsewhere). */
export function invalidateGovernance(queryClient: QueryClient, org: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: gateKeys.all(org) }),
    queryClient.invalidateQueries({ queryKey: lifecycleKeys.all(org) }),
  ]);
}

/** Requesting and deciding gate reviews; both refresh the lifecycle, the reviews and the calendar. */
export function useGateReviewChanges(org: string, projectId: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([invalidateGovernance(queryClient, org), invalidateRaid(queryClient, org)]);
  const request = useMutation({
    mutationFn: ({ gate, input }: { gate: number; input: GateReviewRequest }) =>
      fetchJson(GateReview, reviewsPath(org, projectId, gate), { method: "POST", body: input }),
    onSuccess: refresh,
  });
  const decide = useMutation({
    mutationFn: ({ review, input }: { review: GateReview; input: GateReviewDecision }) =>
      fetchJson(GateReview, `${reviewsPath(org, projectId, review.gate)}/${review.id}/decision`, {
        method: "POST",
        body: input,
        ifMatch: review.version,
      }),
    onSettled: refresh,
  });
  return { request, decide };
}
