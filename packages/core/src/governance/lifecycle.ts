/**
 * A project's way through its lifecycle: phases in order, each closed by a gate. The project
 * manager requests the gate's review, reviewers decide, and only an approved gate (possibly with
 * conditions) lets the project into the next phase. A rejected gate stops the project; a
 * recycled one sends the phase back for more work and a new request.
 */
export type GateDecision = "approved" | "approved_with_conditions" | "rejected" | "recycled";

/** The gate that closes the current phase. */
export type GateState = "open" | "requested" | GateDecision;

export type LifecycleStatus = "running" | "stopped" | "closed";

export interface Lifecycle {
  readonly phaseCount: number;
  /** 0-based index of the current phase (the last one once closed). */
  readonly phase: number;
  readonly gate: GateState;
  readonly status: LifecycleStatus;
  /** How each passed gate was decided, one per phase left behind. */
  readonly passed: readonly ("approved" | "approved_with_conditions")[];
}

export type LifecycleAction =
  | { readonly kind: "request" }
  | { readonly kind: "decide"; readonly decision: GateDecision }
  | { readonly kind: "advance" };

/** The new state, or why the action is not possible now (the service answers 409 with it). */
export type Transition =
  | { readonly ok: true; readonly lifecycle: Lifecycle }
  | { readonly ok: false; readonly reason: string };

export function startLifecycle(phaseCount: number): Lifecycle {
  if (!Number.isInteger(phaseCount) || phaseCount < 1)
    throw new RangeError("a lifecycle needs at least one phase");
  return { phaseCount, phase: 0, gate: "open", status: "running", passed: [] };
}

const refuse = (reason: string): Transition => ({ ok: false, reason });
const accept = (lifecycle: Lifecycle): Transition => ({ ok: true, lifecycle });

export function isApproved(gate: GateState): gate is "approved" | "approved_with_conditions" {
  return gate === "approved" || gate === "approved_with_conditions";
}

export function transition(state: Lifecycle, action: LifecycleAction): Transition {
  if (state.status !== "running") return refuse(`the project's lifecycle is ${state.status}`);
  switch (action.kind) {
    case "request":
      if (state.gate !== "open" && state.gate !== "recycled")
        return refuse(`the gate is already ${describeGate(state.gate)}`);
      return accept({ ...state, gate: "requested" });
    case "decide":
      if (state.gate !== "requested") return refuse("no review of the gate has been requested");
      return accept({
        ...state,
        gate: action.decision,
        status: action.decision === "rejected" ? "stopped" : "running",
      });
    case "advance": {
      const gate = state.gate;
      if (!isApproved(gate))
        return refuse(`the gate closing this phase is ${describeGate(gate)}, not approved`);
      const passed = [...state.passed, gate];
      if (state.phase + 1 >= state.phaseCount)
        return accept({ ...state, passed, status: "closed" });
      return accept({ ...state, phase: state.phase + 1, gate: "open", passed });
    }
  }
}

export function describeGate(gate: GateState): string {
  switch (gate) {
    case "open":
      return "not yet requested";
    case "requested":
      return "awaiting its review";
    case "approved":
      return "approved";
    case "approved_with_conditions":
      return "approved with conditions";
    case "rejected":
      return "rejected";
    case "recycled":
      return "sent back for rework";
  }
}
