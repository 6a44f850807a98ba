import type { PersonRef } from "@orrery/contracts/common";
import type { Member } from "@orrery/contracts/orgs";

export interface PersonOption {
  readonly value: string;
  readonly label: string;
}

/**
 * Choices for a person picker: the organisation's members by name, plus anyone already chosen who
 * is no longer a member (so an old manager still shows by name instead of as a bare id).
 */
export function personOptions(
  members: readonly Member[],
  alreadyChosen: readonly (PersonRef | null)[] = [],
): PersonOption[] {
  const options = new Map<string, PersonOption>();
  for (const member of members)
    options.set(member.userId, { value: member.userId, label: member.name });
  for (const person of alreadyChosen) {
    if (person && !options.has(person.id)) {
      options.set(person.id, { value: person.id, label: `${person.name} (former member)` });
    }
  }
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label));
}
