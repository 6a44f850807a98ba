import { Alert, Group, Modal, Pagination, Select, Stack, Switch, Table, Text } from "@mantine/core";
import type { BaselineList, BaselineSide, Plan } from "@orrery/contracts/plans";
import { useState } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { BARS_WIDTH, ComparisonBars, comparisonSpan } from "./baseline-comparison-bars.js";
import { baselineName } from "./baseline-menu.js";
import { formatVariance, formatWallDate } from "./plan-format.js";
import { useBaselineComparison } from "./queries.js";

const PAGE_SIZE = 100;

/** A side's name: `Baseline 2`, or `Current schedule`. */
export function sideName(side: BaselineSide): string {
  return side === "current" ? "Current schedule" : baselineName(side);
}

const sideOf = (value: string | null): BaselineSide | null =>
  value === null ? null : value === "current" ? "current" : Number(value);

export interface BaselineCompareModalProps {
  readonly org: string;
  readonly projectId: string;
  readonly plan: Pick<Plan, "minutesPerDay">;
  readonly baselines: BaselineList["items"];
  readonly opened: boolean;
  readonly onClose: () => void;
}

/**
 * Any two baselines side by side (or one and the current schedule): the project's finish in
 * each, how many tasks slipped, and every task's dates in both with its variance and bars.
 */
export function BaselineCompareModal(props: BaselineCompareModalProps) {
  const { opened, onClose } = props;
  return (
    <Modal opened={opened} onClose={onClose} title="Compare baselines" size="100%">
      {opened ? <Comparison {...props} /> : null}
    </Modal>
  );
}

function Comparison({ org, projectId, plan, baselines }: BaselineCompareModalProps) {
  const [a, setA] = useState<BaselineSide | null>(baselines[0]?.number ?? null);
  const [b, setB] = useState<BaselineSide | null>(baselines[1]?.number ?? "current");
  const [onlyMoved, setOnlyMoved] = useState(false);
  const [page, setPage] = useState(1);
  const comparison = useBaselineComparison(org, projectId, a, b);
  const options = [
    ...baselines.map((baseline) => ({
      value: String(baseline.number),
      label: baselineName(baseline.number),
    })),
    { value: "current", label: sideName("current") },
  ];
  const days = (minutes: number | null) => formatVariance(minutes, plan);

  if (baselines.length === 0)
    return <Text c="dimmed">No baseline is set yet: set one from the Baselines menu first.</Text>;

  const data = comparison.data;
  const items = (data?.items ?? []).filter(
    (item) => !onlyMoved || (item.finishVarianceMinutes ?? 0) !== 0 || item.a === null,
  );
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const shown = items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const span = comparisonSpan(data?.items ?? []);
  const [nameA, nameB] = [a === null ? "" : sideName(a), b === null ? "" : sideName(b)];

  return (
    <Stack gap="sm">
      <Group gap="sm" align="end">
        {[
          { label: "Compare", side: a, choose: setA },
          { label: "with", side: b, choose: setB },
        ].map(({ label, side, choose }) => (
          <Select
            key={label}
            label={label}
            data={options}
            value={side === null ? null : String(side)}
            allowDeselect={false}
            onChange={(value) => {
              choose(sideOf(value));
              setPage(1);
            }}
            w={200}
          />
        ))}
        <Switch
          label="Only tasks that moved"
          checked={onlyMoved}
          onChange={(event) => {
            setOnlyMoved(event.currentTarget.checked);
            setPage(1);
          }}
          mb={8}
        />
      </Group>
      {comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.isPending ? (
        <LoadingState label="Comparing…" rows={4} />
      ) : data ? (
        <>
          <Alert color={(data.finishVarianceMinutes ?? 0) > 0 ? "orange" : "gray"} role="status">
            {`${nameA} finishes ${formatWallDate(data.finishA) || "—"}; ${nameB} finishes ${formatWallDate(data.finishB) || "—"}`}
            {data.finishVarianceMinutes === null
              ? ". "
              : ` (${days(data.finishVarianceMinutes)}). `}
            {`${data.slippedCount} ${data.slippedCount === 1 ? "task finishes" : "tasks finish"} later in ${nameB}, ${data.improvedCount} earlier.`}
          </Alert>
          {items.length === 0 ? (
            <Text c="dimmed">No task moved.</Text>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table striped highlightOnHover aria-label={`${nameA} compared with ${nameB}`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>#</Table.Th>
                    <Table.Th>Task</Table.Th>
                    <Table.Th>{`Start (${nameA})`}</Table.Th>
                    <Table.Th>{`Finish (${nameA})`}</Table.Th>
                    <Table.Th>{`Start (${nameB})`}</Table.Th>
                    <Table.Th>{`Finish (${nameB})`}</Table.Th>
                    <Table.Th ta="right">Start variance</Table.Th>
                    <Table.Th ta="right">Finish variance</Table.Th>
                    <Table.Th ta="right">Duration variance</Table.Th>
                    <Table.Th w={BARS_WIDTH + 16}>
                      <span className="compare-legend compare-legend-a">{nameA}</span>{" "}
                      <span className="compare-legend compare-legend-b">{nameB}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((item) => (
                    <Table.Tr key={item.taskUid} fw={item.summary ? 600 : undefined}>
                      <Table.Td>{item.position}</Table.Td>
                      <Table.Td>{item.name}</Table.Td>
                      <Table.Td>{formatWallDate(item.a?.start ?? null)}</Table.Td>
                      <Table.Td>{formatWallDate(item.a?.finish ?? null)}</Table.Td>
                      <Table.Td>{formatWallDate(item.b?.start ?? null)}</Table.Td>
                      <Table.Td>{formatWallDate(item.b?.finish ?? null)}</Table.Td>
                      <Table.Td ta="right">{days(item.startVarianceMinutes)}</Table.Td>
                      <Table.Td ta="right">{days(item.finishVarianceMinutes)}</Table.Td>
                      <Table.Td ta="right">{days(item.durationVarianceMinutes)}</Table.Td>
                      <Table.Td>
                        {span ? <ComparisonBars item={item} span={span} /> : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {pages > 1 ? (
            <Pagination
              total={pages}
              value={page}
              onChange={setPage}
              getControlProps={(control) => ({ "aria-label": `${control} page` })}
            />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
