/** Red, amber, green: how a project stands on one dimension. */
export type Rag = "green" | "amber" | "red";

export const RAGS: readonly Rag[] = ["green", "amber", "red"];

const RANK: Record<Rag, number> = { green: 0, amber: 1, red: 2 };

/** 0 for green up to 2 for red, so colours compare as numbers. */
export function ragRank(rag: Rag): number {
  return RANK[rag];
}

/** The worst of several colours; green when there are none. */
export function worstRag(rags: Iterable<Rag>): Rag {
  let worst: Rag = "green";
  for (const rag of rags) if (RANK[rag] > RANK[worst]) worst = rag;
  return worst;
}
