import type { GateState } from "@orrery/contracts/lifecycle";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { GATE_STATE_COLORS, GATE_STATE_LABELS } from "./lifecycle-labels.js";

export function GateStateBadge({ state }: { readonly state: GateState }) {
  return <TintedBadge color={GATE_STATE_COLORS[state]}>{GATE_STATE_LABELS[state]}</TintedBadge>;
}
