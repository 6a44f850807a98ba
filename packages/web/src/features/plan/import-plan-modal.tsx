import { Alert, Button, FileInput, Group, List, Modal, Stack, Table, Text } from "@mantine/core";
import type { ImportResult } from "@orrery/contracts/plans";
import { IconFileImport } from "@tabler/icons-react";
import { useState } from "react";
import { FormProblem } from "../../forms/form-problem.js";
import { formatWallDateTime } from "./plan-format.js";
import { useImportPlan } from "./queries.js";

export interface ImportPlanModalProps {
  readonly org: string;
  readonly projectId: string;
  readonly opened: boolean;
  /** Whether the project already has tasks, which the import replaces. */
  readonly replaces: boolean;
  readonly onClose: () => void;
  readonly onImported: (result: ImportResult) => void;
}

const NO_FIELDS = { labels: { file: "Project file" } };
const ACCEPT = ".xml,.xer,.csv,.xlsx";

/**
 * Moves a plan in from MS Project (.xml), Primavera P6 (.xer) or a spreadsheet: the file is read
 * and checked first and the preview shows what would be imported; nothing is written until the
 * person confirms, and then all of it or nothing.
 */
export function ImportPlanModal(props: ImportPlanModalProps) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Import a plan" size="lg">
      {props.opened ? <ImportBody {...props} /> : null}
    </Modal>
  );
}

function ImportBody({ org, projectId, replaces, onClose, onImported }: ImportPlanModalProps) {
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const upload = useImportPlan(org, projectId);
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setPreview(null);
    upload.reset();
    if (chosen) upload.mutate({ file: chosen, dryRun: true }, { onSuccess: setPreview });
  };
  const confirm = () => {
    if (!file) return;
    upload.mutate({ file, dryRun: false }, { onSuccess: onImported });
  };
  const checking = upload.isPending && preview === null;
  return (
    <Stack gap="md">
      <FileInput
        label="Project file"
        description="MS Project XML (.xml), Primavera P6 (.xer), CSV or Excel (.xlsx)"
        placeholder="Choose a file"
        accept={ACCEPT}
        value={file}
        onChange={choose}
        clearable
        data-autofocus
        leftSection={<IconFileImport size={16} aria-hidden />}
      />
      <FormProblem error={upload.error} fields={NO_FIELDS} />
      {checking ? (
        <Text size="sm" c="dimmed" role="status">
          Reading {file?.name}…
        </Text>
      ) : null}
      {preview ? <Preview result={preview} replaces={replaces} /> : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button
          disabled={preview === null}
          loading={upload.isPending && preview !== null}
          onClick={confirm}
        >
          {preview ? `Import ${preview.taskCount} tasks` : "Import"}
        </Button>
      </Group>
    </Stack>
  );
}

function Preview({
  result,
  replaces,
}: {
  readonly result: ImportResult;
  readonly replaces: boolean;
}) {
  return (
    <Stack gap="sm" aria-live="polite">
      <Table withTableBorder variant="vertical" layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={140}>Tasks</Table.Th>
            <Table.Td>{result.taskCount}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Links</Table.Th>
            <Table.Td>{result.linkCount}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Resources</Table.Th>
            <Table.Td>
              {result.resourceCount} ({result.assignmentCount} assignments)
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Dates</Table.Th>
            <Table.Td>
              {result.start
                ? `${formatWallDateTime(result.start)} – ${formatWallDateTime(result.finish)}`
                : "—"}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {result.warnings.length > 0 ? (
        <Alert color="yellow" variant="light" title={`${result.warnings.length} warning(s)`}>
          <List size="sm" spacing={2}>
            {result.warnings.slice(0, 50).map((w, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: warnings are a fixed list shown once
              <List.Item key={i}>
                {w.row === null ? w.message : `Row ${w.row}: ${w.message}`}
              </List.Item>
            ))}
          </List>
          {result.warnings.length > 50 ? (
            <Text size="xs" mt={4}>
              …and {result.warnings.length - 50} more.
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {replaces ? (
        <Text size="sm">Importing replaces the project's current plan, in one step.</Text>
      ) : null}
    </Stack>
  );
}
