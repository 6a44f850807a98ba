import { FileInput, Progress, Stack, Text } from "@mantine/core";
import { IconUpload } from "@tabler/icons-react";
import { useId } from "react";
import { DOCUMENT_ACCEPT } from "./document-labels.js";

export interface DocumentFileFieldProps {
  readonly file: File | null;
  readonly onChange: (file: File | null) => void;
  readonly error: string | undefined;
  readonly description?: string;
}

/**
 * The file of an upload: the types taken, a labelled clear button, focus on open. No
 * placeholder: Mantine draws a file input's placeholder in a grey under 4.5:1.
 */
export function DocumentFileField({ file, onChange, error, description }: DocumentFileFieldProps) {
  return (
    <FileInput
      label="File"
      description={description}
      accept={DOCUMENT_ACCEPT}
      value={file}
      onChange={onChange}
      required
      clearable
      clearButtonProps={{ "aria-label": "Clear the chosen file" }}
      data-autofocus
      error={error}
      leftSection={<IconUpload size={16} aria-hidden />}
    />
  );
}

/** How much of an upload has been sent (0–1), while it is under way. */
export function UploadProgress({ what, sent }: { readonly what: string; readonly sent: number }) {
  const id = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" id={id}>
        Uploading {what}… {Math.round(sent * 100)}%
      </Text>
      <Progress value={sent * 100} aria-labelledby={id} animated />
    </Stack>
  );
}
