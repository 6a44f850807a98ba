import { Alert, Button, Drawer, Group, Stack, Text, Timeline, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ChangeRequest } from "@orrery/contracts/change-requests";
import { mayDecideChange } from "@orrery/core/governance/change-control";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatInstant } from "../../format/date-format.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { CHANGE_STATUS_COLORS, CHANGE_STATUS_LABELS, formatCostDelta } from "./change-labels.js";
import { useChangeRequest, useChangeRequestActions } from "./queries.js";
import { ScheduleImpactCard } from "./schedule-impact-card.js";

/** One request in full: its case, the computed schedule impact, its decisions and next steps. */
export function ChangeRequestDrawer({
  projectId,
  requestId,
  mayEdit,
  onClose,
  onDecide,
}: {
  readonly projectId: string;
  readonly requestId: string | null;
  readonly mayEdit: boolean;
  readonly onClose: () => void;
  readonly onDecide: (request: ChangeRequest, applyOnly: boolean) => void;
}) {
  const { org, can } = useCurrentOrg();
  const request = useChangeRequest(org.slug, projectId, requestId);
  const { move } = useChangeRequestActions(org.slug, projectId);
  const r = request.data;
  const title = r ? `${r.ref} · ${r.title}` : "Change request";
  const mayDecide = r ? can("change.decide") && mayDecideChange(org.role, r.approverRoles) : false;
  const moveTo = (to: "submit" | "withdraw") => {
    if (!r) return;
    move.mutate(
      { request: r, to },
      {
        onSuccess: (moved) =>
          notifications.show({
            color: "green",
            message: `${moved.ref} ${CHANGE_STATUS_LABELS[moved.status].toLowerCase()}.`,
          }),
        onError: (error) => {
          const message = describeProblem(error);
          notifications.show({ color: "red", title: message.title, message: message.detail });
        },
      },
    );
  };
  return (
    <Drawer
      opened={requestId !== null}
      onClose={onClose}
      title={title}
      position="right"
      size="xl"
      closeButtonProps={{ "aria-label": "Close change request" }}
    >
      {request.isPending ? (
        <LoadingState label="Loading the change request…" rows={5} />
      ) : request.isError ? (
        <ErrorState error={request.error} onRetry={() => void request.refetch()} />
      ) : r ? (
        <Stack gap="md">
          <Group gap="xs">
            <TintedBadge color={CHANGE_STATUS_COLORS[r.status]}>
              {CHANGE_STATUS_LABELS[r.status]}
            </TintedBadge>
            <Text size="sm" c="dimmed">
              Raised by {r.createdBy?.name ?? "someone since removed"} on{" "}
              {formatInstant(r.createdAt)}
            </Text>
          </Group>
          <Section label="Change" text={r.description} />
          <Section label="Reason" text={r.reason} />
          <Section label="Scope impact" text={r.scopeImpact} />
          <Section label="Cost impact" text={r.costImpact ? formatCostDelta(r.costImpact) : ""} />
          <Section label="Risk impact" text={r.riskImpact} />
          {r.scheduleImpact ? (
            <ScheduleImpactCard impact={r.scheduleImpact} planChanged={r.planChangedSinceImpact} />
          ) : (
            <Text size="sm" c="dimmed">
              This request proposes no change to the plan.
            </Text>
          )}
          {r.status === "applied" ? (
            <Alert color="green" variant="light" title="Applied">
              Applied to the plan on {formatInstant(r.appliedAt)}
              {r.appliedBy ? ` by ${r.appliedBy.name}` : ""}
              {r.baselineNumber === null ? "" : `; baseline ${r.baselineNumber} taken`}.
            </Alert>
          ) : null}
          <div>
            <Title order={3} size="h5" mb="xs">
              Decisions
            </Title>
            {r.decisions.length === 0 ? (
              <Text size="sm" c="dimmed">
                No decision yet. Decided by: {r.approverRoles.join(", ").replaceAll("_", " ")} (and
                administrators and PMO managers).
              </Text>
            ) : (
              <Timeline bulletSize={14} lineWidth={2}>
                {r.decisions.map((d) => (
                  <Timeline.Item key={d.decidedAt} title={CHANGE_STATUS_LABELS[d.decision]}>
                    <Text size="sm">{d.comment || "No comment."}</Text>
                    <Text size="xs" c="dimmed">
                      {d.decidedBy?.name ?? "Someone"}, {formatInstant(d.decidedAt)}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </div>
          <Group gap="xs">
            {mayEdit && (r.status === "draft" || r.status === "deferred") ? (
              <Button onClick={() => moveTo("submit")} loading={move.isPending}>
                Submit for decision
              </Button>
            ) : null}
            {mayDecide && r.status === "submitted" ? (
              <Button onClick={() => onDecide(r, false)}>Decide</Button>
            ) : null}
            {mayDecide && r.status === "approved" ? (
              <Button onClick={() => onDecide(r, true)}>Apply to the plan</Button>
            ) : null}
            {mayEdit && ["draft", "submitted", "deferred"].includes(r.status) ? (
              <Button variant="default" onClick={() => moveTo("withdraw")} loading={move.isPending}>
                Withdraw
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : null}
    </Drawer>
  );
}

function Section({ label, text }: { readonly label: string; readonly text: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {text || "—"}
      </Text>
    </div>
  );
}
