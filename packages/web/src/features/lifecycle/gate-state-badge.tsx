import { Badge } from "@mantine/core";
import type { GateState } from "@orrery/contracts/lifecycle";
import { GATE_STATE_COLORS, GATE_STATE_LABELS } from "./lifecycle-labels.js";

export function GateStateBadge({ state }: { readonly state: GateState }) {
  return (
    <Badge variant="light" color={GATE_STATE_COLORS[state]}>
      {GATE_STATE_LABELS[state]}
    </Badge>
  );
}
