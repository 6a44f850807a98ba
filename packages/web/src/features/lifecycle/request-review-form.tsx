import { Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { GateReviewRequest, type ProjectLifecycle } from "@orrery/contracts/lifecycle";
import { useNavigate } from "@tanstack/react-router";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { validateWith } from "../../forms/schema-validation.js";
import { useGateReviewChanges } from "../gates/queries.js";

const FIELDS = { labels: { note: "Note", dueDate: "Decision needed by" } };

interface RequestValues {
  note: string;
  dueDate: string | null;
}

/** The project manager asks the gate's reviewers for a decision. */
export function RequestReviewForm({
  org,
  lifecycle,
  gate,
}: {
  readonly org: string;
  readonly lifecycle: ProjectLifecycle;
  readonly gate: number;
}) {
  const { request } = useGateReviewChanges(org, lifecycle.project.id);
  const navigate = useNavigate();
  const form = useForm<RequestValues>({
    initialValues: { note: "", dueDate: null },
    validate: validateWith(GateReviewRequest, FIELDS),
  });
  // Awaited rather than given to `mutate`: the review's own event refreshes the lifecycle, which
  // may unmount this form before the response arrives, and `mutate`'s callbacks then never run.
  const submit = form.onSubmit(async (values) => {
    let review: Awaited<ReturnType<typeof request.mutateAsync>>;
    try {
      review = await request.mutateAsync({
        gate,
        input: { note: values.note, dueDate: values.dueDate || null },
      });
    } catch (error) {
      form.setErrors(fieldErrorsOf(error, FIELDS));
      return;
    }
    notifications.show({ color: "green", message: `Review of ${review.gateName} requested.` });
    void navigate({
      to: "/orgs/$org/projects/$projectId/gates/$gate/reviews/$reviewId",
      params: {
        org,
        projectId: lifecycle.project.id,
        gate: String(review.gate),
        reviewId: review.id,
      },
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Request gate review">
      <Stack gap="sm">
        <FormProblem error={request.error} fields={FIELDS} />
        <Textarea
          label="Note"
          description="What the reviewers should know"
          autosize
          minRows={2}
          {...form.getInputProps("note")}
        />
        <TextInput type="date" label="Decision needed by" {...form.getInputProps("dueDate")} />
        <FormActions submitLabel="Request review" pending={request.isPending} />
      </Stack>
    </form>
  );
}
