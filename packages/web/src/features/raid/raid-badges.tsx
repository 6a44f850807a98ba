import { Text } from "@mantine/core";
import type { RaidItem, RaidStatus } from "@orrery/contracts/raid";
import { riskBand } from "@orrery/core/governance/risk-scoring";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { BAND_COLORS, BAND_LABELS, RAID_STATUS_LABELS } from "./raid-labels.js";

const STATUS_COLORS: Record<RaidStatus, string> = {
  open: "blue",
  in_progress: "violet",
  closed: "gray",
};

export function RaidStatusBadge({ status }: { readonly status: RaidStatus }) {
  return <TintedBadge color={STATUS_COLORS[status]}>{RAID_STATUS_LABELS[status]}</TintedBadge>;
}

/** A risk's score with the colour and name of its band; a dash for other types. */
export function ScoreBadge({ item }: { readonly item: RaidItem }) {
  if (item.score === null)
    return (
      <Text span c="dimmed" size="sm">
        —
      </Text>
    );
  const band = riskBand(item.score);
  return (
    <TintedBadge color={BAND_COLORS[band]}>
      {item.score} · {BAND_LABELS[band]}
    </TintedBadge>
  );
}
