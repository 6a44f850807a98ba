import { Button, Group, Modal, Select, Stack, Text } from "@mantine/core";
import type { Document } from "@orrery/contracts/documents";
import { type FormEvent, useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { deliverableValue } from "./gate-deliverables.js";
import { type DocumentOwner, useDocumentChanges } from "./queries.js";
import type { DeliverableOption } from "./upload-document-modal.js";

export interface AttachToGateModalProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly document: Document | null;
  readonly deliverables: readonly DeliverableOption[];
  readonly onClose: () => void;
}

const FIELDS = {
  labels: { "gateLink.gate": "Deliverable", "gateLink.deliverable": "Deliverable" },
};

/** Attaches a project document to a gate's required deliverable, or detaches it. */
export function AttachToGateModal(props: AttachToGateModalProps) {
  return (
    <Modal
      opened={props.document !== null}
      onClose={props.onClose}
      title={props.document ? `Attach ${props.document.title} to a gate` : "Attach to a gate"}
    >
      {props.document ? <AttachBody {...props} document={props.document} /> : null}
    </Modal>
  );
}

function AttachBody({
  org,
  owner,
  document,
  deliverables,
  onClose,
}: AttachToGateModalProps & { readonly document: Document }) {
  const [value, setValue] = useState<string | null>(
    document.gateLink ? deliverableValue(document.gateLink) : null,
  );
  const { update } = useDocumentChanges(org, owner);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const link = deliverables.find((d) => d.value === value)?.link ?? null;
    update.mutate({ document, changes: { gateLink: link } }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {deliverables.length === 0 ? (
          <Text size="sm">
            The project's lifecycle has no gate that requires documents, so there is nothing to
            attach to.
          </Text>
        ) : (
          <Select
            label="Deliverable"
            description="The gate's required document this file supplies; clear it to detach"
            placeholder="Not attached"
            data={deliverables.map(({ value: v, label }) => ({ value: v, label }))}
            value={value}
            onChange={setValue}
            clearable
            data-autofocus
          />
        )}
        <FormProblem error={update.error} fields={FIELDS} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending} disabled={deliverables.length === 0}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
