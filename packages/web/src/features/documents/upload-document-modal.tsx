import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { DocumentCategory, type DocumentGateLink } from "@orrery/contracts/documents";
import { type FormEvent, useState } from "react";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { DocumentFileField, UploadProgress } from "./document-file-field.js";
import { CATEGORY_OPTIONS } from "./document-labels.js";
import { type DocumentOwner, useDocumentChanges } from "./queries.js";

export interface DeliverableOption {
  readonly value: string;
  readonly label: string;
  readonly link: DocumentGateLink;
}

export interface UploadDocumentModalProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly opened: boolean;
  /** The gate deliverables the document may supply (project documents only). */
  readonly deliverables: readonly DeliverableOption[];
  readonly onClose: () => void;
}

const FIELDS = {
  labels: {
    file: "File",
    title: "Title",
    category: "Category",
    note: "Note",
    gate: "Gate deliverable",
    deliverable: "Gate deliverable",
  },
};

/** Uploads a new document as its version 1, showing how much has been sent. */
export function UploadDocumentModal(props: UploadDocumentModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Upload a document">
      {props.opened ? <UploadBody {...props} /> : null}
    </Modal>
  );
}

function UploadBody({ org, owner, deliverables, onClose }: UploadDocumentModalProps) {
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState("");
  const [category, setCategory] = useState<string | null>("other");
  const [note, setNote] = useState("");
  const [deliverable, setDeliverable] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const { upload } = useDocumentChanges(org, owner);
  const errors = fieldErrorsOf(upload.error, FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProgress(0);
    upload.mutate(
      {
        input: {
          file,
          title: title.trim() || undefined,
          category: DocumentCategory.safeParse(category).data,
          note,
          gateLink: deliverables.find((d) => d.value === deliverable)?.link ?? null,
        },
        onProgress: setProgress,
      },
      { onSuccess: onClose },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DocumentFileField
          file={file}
          onChange={setFile}
          error={errors.file}
          description="PDF, Word, Excel, PowerPoint, OpenDocument text, text, Markdown, CSV, PNG or JPEG"
        />
        <TextInput
          label="Title"
          description="The file's name when left empty"
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
          maxLength={200}
        />
        <Select
          label="Category"
          data={CATEGORY_OPTIONS}
          value={category}
          onChange={setCategory}
          allowDeselect={false}
          error={errors.category}
        />
        {owner.kind === "project" ? (
          <Select
            label="Gate deliverable"
            description="The required document of a gate this file supplies"
            placeholder={deliverables.length === 0 ? "The lifecycle requires none" : "None"}
            data={deliverables.map(({ value, label }) => ({ value, label }))}
            value={deliverable}
            onChange={setDeliverable}
            clearable
            disabled={deliverables.length === 0}
            error={errors.gate ?? errors.deliverable}
          />
        ) : null}
        <TextInput
          label="Note"
          description="What this version is, for the version history"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          maxLength={2000}
        />
        <FormProblem error={upload.error} fields={FIELDS} />
        {upload.isPending ? (
          <UploadProgress what={file?.name ?? "the file"} sent={progress} />
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={file === null} loading={upload.isPending}>
            Upload
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
