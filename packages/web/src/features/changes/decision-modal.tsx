import {
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { ChangeDecision, ChangeRequest } from "@orrery/contracts/change-requests";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { CHANGE_STATUS_LABELS, DECISION_LABELS } from "./change-labels.js";
import { useChangeRequestActions } from "./queries.js";

const FIELDS = { labels: { comment: "Comment", takeBaseline: "Baseline" } };
const BASELINES = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: `Baseline ${n}`,
}));
const DECISIONS: ChangeDecision[] = ["approved", "rejected", "deferred"];

/**
 * An approver's decision on a submitted request, or (`applyOnly`) applying one approved earlier:
 * approval applies the plan edits at once unless unticked, and may take a baseline after.
 */
export function DecisionModal({
  org,
  request,
  applyOnly,
  onClose,
}: {
  readonly org: string;
  readonly request: ChangeRequest | null;
  readonly applyOnly: boolean;
  readonly onClose: () => void;
}) {
  const { decide, apply } = useChangeRequestActions(org, request?.project.id ?? "");
  const [decision, setDecision] = useState<ChangeDecision>("approved");
  const [comment, setComment] = useState("");
  const [applyNow, setApplyNow] = useState(true);
  const [baseline, setBaseline] = useState<string | null>(null);
  const pending = decide.isPending || apply.isPending;
  const error = applyOnly ? apply.error : decide.error;
  const close = () => {
    setDecision("approved");
    setComment("");
    setApplyNow(true);
    setBaseline(null);
    decide.reset();
    apply.reset();
    onClose();
  };
  const done = (result: ChangeRequest) => {
    notifications.show({
      color: "green",
      message: `${result.ref} ${CHANGE_STATUS_LABELS[result.status].toLowerCase()}.`,
    });
    close();
  };
  const takeBaseline = baseline === null ? null : Number(baseline);
  const submit = () => {
    if (!request) return;
    if (applyOnly) apply.mutate({ request, body: { takeBaseline } }, { onSuccess: done });
    else
      decide.mutate(
        {
          request,
          decision: {
            decision,
            comment,
            apply: applyNow,
            takeBaseline: decision === "approved" && applyNow ? takeBaseline : null,
          },
        },
        { onSuccess: done },
      );
  };
  const approving = applyOnly || decision === "approved";
  return (
    <Modal
      opened={request !== null}
      onClose={close}
      title={request ? `${applyOnly ? "Apply" : "Decide"} ${request.ref}` : ""}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <FormProblem error={error} fields={FIELDS} />
          {request ? <Text size="sm">{request.title}</Text> : null}
          {applyOnly ? null : (
            <>
              <SegmentedControl
                aria-label="Decision"
                value={decision}
                onChange={(value) => {
                  const picked = DECISIONS.find((d) => d === value);
                  if (picked) setDecision(picked);
                }}
                data={DECISIONS.map((d) => ({ value: d, label: DECISION_LABELS[d] }))}
              />
              <Textarea
                label="Comment"
                autosize
                minRows={2}
                value={comment}
                onChange={(event) => setComment(event.currentTarget.value)}
              />
            </>
          )}
          {approving && !applyOnly ? (
            <Checkbox
              label="Apply the schedule change to the plan now"
              checked={applyNow}
              onChange={(event) => setApplyNow(event.currentTarget.checked)}
            />
          ) : null}
          {approving && (applyOnly || applyNow) ? (
            <Select
              label="Take a baseline after applying"
              placeholder="No baseline"
              clearable
              data={BASELINES}
              value={baseline}
              onChange={setBaseline}
            />
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {applyOnly ? "Apply" : `${DECISION_LABELS[decision]} change`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
