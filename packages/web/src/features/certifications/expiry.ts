/** How a record stands on `today`: lapsed, lapsing within `soonDays`, valid, or never lapsing. */
export type ExpiryState = "expired" | "soon" | "valid" | "permanent";

const DAY_MS = 86_400_000;

export function expiryState(expiresOn: string | null, today: string, soonDays = 90): ExpiryState {
  if (expiresOn === null) return "permanent";
  const days = Math.round(
    (Date.parse(`${expiresOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  );
  if (days < 0) return "expired";
  return days <= soonDays ? "soon" : "valid";
}

/** Valid holders per certification name, most held first: who holds what, at a glance. */
export function holdersByName(
  records: readonly {
    readonly name: string;
    readonly expiresOn: string | null;
    readonly person: { readonly id: string };
  }[],
  today: string,
): { readonly name: string; readonly holders: number }[] {
  const holders = new Map<string, Set<string>>();
  for (const record of records) {
    if (expiryState(record.expiresOn, today) === "expired") continue;
    const people = holders.get(record.name) ?? new Set<string>();
    people.add(record.person.id);
    holders.set(record.name, people);
  }
  return [...holders]
    .map(([name, people]) => ({ name, holders: people.size }))
    .sort((a, b) => b.holders - a.holders || a.name.localeCompare(b.name));
}
