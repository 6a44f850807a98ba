import type { Org } from "@orrery/contracts/orgs";
import type { OrgRole } from "@orrery/contracts/roles";

/** The API shape of an organisation, seen by a member with `role`. */
export function toOrg(
  row: { id: string; slug: string; name: string; version: number; createdAt: Date },
  role: OrgRole,
): Org {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    role,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * A URL-safe slug from an organisation's name: "Acme Ltd." → "acme-ltd". Accents are dropped,
 * anything else becomes a dash; a name with nothing usable gives "org".
 */
export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 34)
    .replace(/-+$/g, "");
  return slug === "" ? "org" : slug;
}

/** The slug itself when free, else the first free `slug-2`, `slug-3`, … */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
