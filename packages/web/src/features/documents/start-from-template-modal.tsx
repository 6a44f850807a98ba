import { Button, Group, Modal, Select, Stack } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { type DocumentOwner, useDocumentChanges, useDocuments } from "./queries.js";
import type { DeliverableOption } from "./upload-document-modal.js";

export interface StartFromTemplateModalProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly opened: boolean;
  readonly deliverables: readonly DeliverableOption[];
  readonly onClose: () => void;
}

const FIELDS = {
  labels: {
    templateId: "Template",
    "gateLink.gate": "Gate deliverable",
    "gateLink.deliverable": "Gate deliverable",
  },
};

/** Copies a template of the organisation's library into the project as a new document. */
export function StartFromTemplateModal(props: StartFromTemplateModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Start from a template">
      {props.opened ? <StartBody {...props} /> : null}
    </Modal>
  );
}

function StartBody({ org, owner, deliverables, onClose }: StartFromTemplateModalProps) {
  const library = useDocuments(org, { kind: "library" });
  const { fromTemplate } = useDocumentChanges(org, owner);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [deliverable, setDeliverable] = useState<string | null>(null);
  const errors = fieldErrorsOf(fromTemplate.error, FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!templateId) return;
    fromTemplate.mutate(
      { templateId, gateLink: deliverables.find((d) => d.value === deliverable)?.link ?? null },
      { onSuccess: onClose },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label="Template"
          description="Its latest version becomes the document's version 1"
          placeholder={library.isPending ? "Loading the library…" : "Choose a template"}
          data={(library.data ?? []).map((d) => ({ value: d.id, label: d.title }))}
          value={templateId}
          onChange={setTemplateId}
          required
          searchable
          data-autofocus
          error={errors.templateId ?? (library.isError ? "The library could not be loaded" : null)}
        />
        <Select
          label="Gate deliverable"
          placeholder={deliverables.length === 0 ? "The lifecycle requires none" : "None"}
          data={deliverables.map(({ value, label }) => ({ value, label }))}
          value={deliverable}
          onChange={setDeliverable}
          clearable
          disabled={deliverables.length === 0}
          error={errors["gateLink.gate"] ?? errors["gateLink.deliverable"]}
        />
        <FormProblem error={fromTemplate.error} fields={FIELDS} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={templateId === null} loading={fromTemplate.isPending}>
            Start document
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
