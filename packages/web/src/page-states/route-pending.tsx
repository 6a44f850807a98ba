import { LoadingState } from "./loading-state.js";

/** Shown while a route loads its data, after the router's short grace period. */
export function RoutePending() {
  return <LoadingState label="Loading…" rows={4} />;
}
