import { Paper, Stack, Table, Text, Title } from "@mantine/core";
import type { RiskHeatMap as HeatMapData } from "@orrery/contracts/raid";
import { RATINGS } from "@orrery/core/governance/risk-scoring";
import type { CSSProperties } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { heatMapRows } from "./heat-map-grid.js";
import { useHeatMap } from "./queries.js";
import { BAND_COLORS, BAND_LABELS, RATING_LABELS } from "./raid-labels.js";

type CustomProperties = CSSProperties & Record<`--${string}`, string>;

/** A cell's tint by band, with text dark enough on it in light mode and light enough in dark. */
function cellStyle(color: string): CustomProperties {
  return {
    "--heat-bg": `var(--mantine-color-${color}-light)`,
    "--heat-text-light": `color-mix(in srgb, var(--mantine-color-${color}-9) 72%, black)`,
    "--heat-text-dark": `var(--mantine-color-${color}-2)`,
  };
}

/**
 * Open threats on the 5×5 matrix, as a real table: screen readers read each count with its
 * probability and impact, and colour (the band of the cell's score) only repeats what the
 * headers say.
 */
export function RiskHeatMap({
  data,
  title,
}: {
  readonly data: HeatMapData;
  readonly title: string;
}) {
  const rows = heatMapRows(data.cells);
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {data.total === 0
            ? "No open threats."
            : `${data.total} open ${data.total === 1 ? "threat" : "threats"}, by probability and impact.`}
        </Text>
        <Text size="xs" c="dimmed" aria-hidden>
          Rows: impact, 5 at the top. Columns: probability, 5 on the right.
        </Text>
        <Table className="heat-map" withTableBorder withColumnBorders ta="center" layout="fixed">
          <caption className="visually-hidden">
            Open threats by impact (rows, highest first) and probability (columns)
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" ta="center">
                <span aria-hidden>I \ P</span>
                <span className="visually-hidden">Impact, by probability</span>
              </Table.Th>
              {RATINGS.map((probability) => (
                <Table.Th key={probability} scope="col" ta="center">
                  {probability}
                  <span className="visually-hidden">
                    {" "}
                    probability {RATING_LABELS[probability - 1]}
                  </span>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row[0]?.impact}>
                <Table.Th scope="row" ta="center">
                  {row[0]?.impact}
                  <span className="visually-hidden">
                    {" "}
                    impact {RATING_LABELS[(row[0]?.impact ?? 1) - 1]}
                  </span>
                </Table.Th>
                {row.map((cell) => (
                  <Table.Td
                    key={cell.probability}
                    className="heat-cell"
                    style={cellStyle(BAND_COLORS[cell.band])}
                    title={`${BAND_LABELS[cell.band]} (score ${cell.score})`}
                    aria-label={`Probability ${cell.probability}, impact ${cell.impact}: ${cell.count} open ${cell.count === 1 ? "threat" : "threats"}, ${BAND_LABELS[cell.band].toLowerCase()} band`}
                  >
                    {cell.count > 0 ? cell.count : ""}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

/** The heat map of one project, or the portfolio's without `projectId`, with its load states. */
export function RiskHeatMapSection({
  org,
  projectId,
  title,
}: {
  readonly org: string;
  readonly projectId?: string;
  readonly title: string;
}) {
  const heatMap = useHeatMap(org, projectId);
  if (heatMap.isPending) return <LoadingState label="Loading the heat map…" />;
  if (heatMap.isError)
    return <ErrorState error={heatMap.error} onRetry={() => void heatMap.refetch()} />;
  return <RiskHeatMap data={heatMap.data} title={title} />;
}
