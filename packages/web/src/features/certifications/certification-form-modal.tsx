import { Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { DateInput } from "@mantine/dates";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import type { Certification, CredentialKind } from "@orrery/contracts/certifications";
import { FormActions } from "../../forms/form-actions.js";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { useCertificationChanges } from "./queries.js";

interface Values {
  userId: string;
  kind: CredentialKind;
  name: string;
  issuer: string;
  credentialId: string;
  obtainedOn: string | null;
  expiresOn: string | null;
  notes: string;
}

const FIELDS = {
  labels: {
    userId: "Person",
    kind: "Kind",
    name: "Name",
    issuer: "Issuer",
    credentialId: "Credential id",
    obtainedOn: "Obtained",
    expiresOn: "Expires",
    notes: "Notes",
  },
};

export interface CertificationFormModalProps {
  readonly org: string;
  /** The record to edit, `"new"` for a new one, or null when closed. */
  readonly target: Certification | "new" | null;
  /** Whether the caller may record for others (then a person picker is shown). */
  readonly forOthers: boolean;
  readonly selfId: string;
  readonly onClose: () => void;
}

/** Record or edit a certification or training. */
export function CertificationFormModal(props: CertificationFormModalProps) {
  const { target, onClose } = props;
  const title =
    target === null ? "" : target === "new" ? "Record a certification" : `Edit ${target.name}`;
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg">
      {target ? <FormBody {...props} record={target === "new" ? null : target} /> : null}
    </Modal>
  );
}

function FormBody({
  org,
  record,
  forOthers,
  selfId,
  onClose,
}: CertificationFormModalProps & { readonly record: Certification | null }) {
  const members = useMembers(org);
  const { create, update } = useCertificationChanges(org);
  const mutation = record ? update : create;
  const form = useForm<Values>({
    initialValues: {
      userId: record?.person.id ?? selfId,
      kind: record?.kind ?? "certification",
      name: record?.name ?? "",
      issuer: record?.issuer ?? "",
      credentialId: record?.credentialId ?? "",
      obtainedOn: record?.obtainedOn ?? null,
      expiresOn: record?.expiresOn ?? null,
      notes: record?.notes ?? "",
    },
    validate: {
      name: (value) => (value.trim() ? null : "Name is required"),
      expiresOn: (value, values) =>
        value && values.obtainedOn && value < values.obtainedOn
          ? "Expires must not be before the date obtained"
          : null,
    },
  });
  const done = (saved: Certification) => {
    notifications.show({ color: "green", message: `${saved.person.name}'s ${saved.name} saved.` });
    onClose();
  };
  const failed = (error: unknown) => form.setErrors(fieldErrorsOf(error, FIELDS));
  const submit = form.onSubmit(({ userId, ...fields }) => {
    if (record) update.mutate({ record, changes: fields }, { onSuccess: done, onError: failed });
    else create.mutate({ ...fields, userId }, { onSuccess: done, onError: failed });
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormProblem error={mutation.error} fields={FIELDS} />
        {forOthers && !record ? (
          <Select
            label="Person"
            searchable
            allowDeselect={false}
            data={personOptions(members.data ?? [])}
            {...form.getInputProps("userId")}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Name"
            placeholder="PMP, PRINCE2 Practitioner…"
            required
            {...form.getInputProps("name")}
          />
          <Select
            label="Kind"
            allowDeselect={false}
            data={[
              { value: "certification", label: "Certification" },
              { value: "training", label: "Training" },
            ]}
            {...form.getInputProps("kind")}
          />
          <TextInput
            label="Issuer"
            placeholder="PMI, PeopleCert…"
            {...form.getInputProps("issuer")}
          />
          <TextInput label="Credential id" {...form.getInputProps("credentialId")} />
          <DateInput
            label="Obtained"
            valueFormat="D MMM YYYY"
            clearable
            {...form.getInputProps("obtainedOn")}
          />
          <DateInput
            label="Expires"
            description="Leave empty if it does not expire"
            valueFormat="D MMM YYYY"
            clearable
            {...form.getInputProps("expiresOn")}
          />
        </SimpleGrid>
        <Textarea label="Notes" autosize minRows={2} {...form.getInputProps("notes")} />
        <FormActions
          submitLabel={record ? "Save changes" : "Record"}
          pending={mutation.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}
