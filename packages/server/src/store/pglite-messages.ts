/** What the server's thread asks of the embedded database's thread (`pglite-worker.ts`). */
export type ToPglite =
  | { readonly kind: "exec"; readonly id: number; readonly bytes: Uint8Array }
  | { readonly kind: "reset"; readonly id: number }
  | { readonly kind: "close"; readonly id: number };

/** What it answers: once `ready` (or `failed`), then one `done` or `error` per request. */
export type FromPglite =
  | { readonly kind: "ready" }
  | { readonly kind: "failed"; readonly message: string }
  | { readonly kind: "done"; readonly id: number; readonly bytes: Uint8Array | null }
  | { readonly kind: "error"; readonly id: number; readonly message: string };

export function isToPglite(value: unknown): value is ToPglite {
  if (!isRecord(value) || typeof value.id !== "number") return false;
  if (value.kind === "exec") return value.bytes instanceof Uint8Array;
  return value.kind === "reset" || value.kind === "close";
}

export function isFromPglite(value: unknown): value is FromPglite {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case "ready":
      return true;
    case "failed":
      return typeof value.message === "string";
    case "done":
      return (
        typeof value.id === "number" && (value.bytes === null || value.bytes instanceof Uint8Array)
      );
    case "error":
      return typeof value.id === "number" && typeof value.message === "string";
    default:
      return false;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
