import { Button, Group, Modal, Stack, TextInput } from "@mantine/core";
import type { Document } from "@orrery/contracts/documents";
import { type FormEvent, useState } from "react";
import { FormProblem, fieldErrorsOf } from "../../forms/form-problem.js";
import { DocumentFileField, UploadProgress } from "./document-file-field.js";
import { type DocumentOwner, useDocumentChanges } from "./queries.js";

export interface NewVersionModalProps {
  readonly org: string;
  readonly owner: DocumentOwner;
  readonly document: Document | null;
  readonly onClose: () => void;
}

const FIELDS = { labels: { file: "File", note: "Note" } };

/** Uploads the next version of a document; the earlier ones stay. */
export function NewVersionModal(props: NewVersionModalProps) {
  return (
    <Modal
      opened={props.document !== null}
      onClose={props.onClose}
      title={props.document ? `New version of ${props.document.title}` : "New version"}
    >
      {props.document ? <VersionBody {...props} document={props.document} /> : null}
    </Modal>
  );
}

function VersionBody({
  org,
  owner,
  document,
  onClose,
}: NewVersionModalProps & { readonly document: Document }) {
  const [file, setFile] = useState<File | null>(null);
  const [note, setNote] = useState("");
  const [progress, setProgress] = useState(0);
  const { addVersion } = useDocumentChanges(org, owner);
  const errors = fieldErrorsOf(addVersion.error, FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProgress(0);
    addVersion.mutate({ document, file, note, onProgress: setProgress }, { onSuccess: onClose });
  };
  const next = (document.versions[0]?.number ?? 0) + 1;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <DocumentFileField file={file} onChange={setFile} error={errors.file} />
        <TextInput
          label="Note"
          description="What changed in this version"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          maxLength={2000}
        />
        <FormProblem error={addVersion.error} fields={FIELDS} />
        {addVersion.isPending ? <UploadProgress what={`version ${next}`} sent={progress} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={file === null} loading={addVersion.isPending}>
            Upload version {next}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
