import type { Rag } from "@orrery/contracts/status-reports";
import { TintedBadge } from "../../badges/tinted-badge.js";

export const RAG_LABELS: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };
const RAG_COLORS: Record<Rag, string> = { green: "green", amber: "orange", red: "red" };

/** A red/amber/green colour as a badge that says its name, so it never relies on colour alone. */
export function RagBadge({ rag }: { readonly rag: Rag }) {
  return <TintedBadge color={RAG_COLORS[rag]}>{RAG_LABELS[rag]}</TintedBadge>;
}

/** Overall colours of successive reports as a row of dots, oldest first, with a text equivalent. */
export function RagTrend({ trend }: { readonly trend: readonly Rag[] }) {
  if (trend.length === 0) return null;
  const words = trend.map((rag) => RAG_LABELS[rag].toLowerCase()).join(", ");
  return (
    <span className="rag-trend" role="img" aria-label={`Trend, oldest first: ${words}`}>
      {trend.map((rag, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a trend is positional; the same colour repeats
        <span key={i} className={`rag-dot rag-dot-${rag}`} />
      ))}
    </span>
  );
}
