import { Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { StatusReport } from "@orrery/contracts/status-reports";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { useStatusReportChanges } from "./queries.js";

const FIELDS = { labels: { comment: "Comment" } };

/** The PMO's review: accept the report, or return it to the manager saying what to change. */
export function ReviewModal({
  org,
  projectId,
  report,
  onClose,
}: {
  readonly org: string;
  readonly projectId: string;
  readonly report: StatusReport | null;
  readonly onClose: () => void;
}) {
  const { review } = useStatusReportChanges(org, projectId);
  const [comment, setComment] = useState("");
  const [missing, setMissing] = useState(false);
  const decide = (decision: "accept" | "return") => {
    if (!report) return;
    if (decision === "return" && comment.trim() === "") {
      setMissing(true);
      return;
    }
    review.mutate(
      { report, review: { decision, comment } },
      {
        onSuccess: (done) => {
          notifications.show({
            color: "green",
            message: `Status report ${done.number} ${done.state === "accepted" ? "accepted" : "returned"}.`,
          });
          setComment("");
          onClose();
        },
      },
    );
  };
  return (
    <Modal
      opened={report !== null}
      onClose={onClose}
      title={report ? `Review status report ${report.number}` : ""}
    >
      <Stack gap="md">
        <FormProblem error={review.error} fields={FIELDS} />
        {report ? (
          <Text size="sm">
            {report.summary || "No summary."} Overall {report.overall.rag}
            {report.overall.override ? ` (the data says ${report.overall.computed.rag})` : ""}.
          </Text>
        ) : null}
        <Textarea
          label="Comment"
          description="Required when you return the report: say what to change."
          autosize
          minRows={3}
          value={comment}
          error={missing ? "Comment is required to return a report" : undefined}
          onChange={(event) => {
            setComment(event.currentTarget.value);
            setMissing(false);
          }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => decide("return")} loading={review.isPending}>
            Return to the manager
          </Button>
          <Button onClick={() => decide("accept")} loading={review.isPending}>
            Accept
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
