import { z } from "zod";

/**
 * A calendar date without time or zone, as PMO users write it (`2027-03-31`). Years 1900–2999:
 * wide enough for any plan, and every such date is valid in PostgreSQL (year 0000 is not).
 */
export const IsoDate = z.iso
  .date()
  .refine((d) => d >= "1900-01-01" && d <= "2999-12-31", "must be between 1900 and 2999")
  .meta({ id: "IsoDate", description: "Calendar date, YYYY-MM-DD, years 1900–2999" });
export type IsoDate = z.infer<typeof IsoDate>;

/** An instant in UTC, as written by the server (`2026-11-23T09:30:00.000Z`). */
export const Timestamp = z.iso.datetime({ offset: true }).meta({
  id: "Timestamp",
  description: "Instant, ISO 8601 with zone",
});
export type Timestamp = z.infer<typeof Timestamp>;

export const Uuid = z.uuid();

/** Money in minor units (cents) so sums stay exact; the currency is an ISO 4217 code. */
export const Money = z
  .object({
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    currency: z.string().regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code such as EUR"),
  })
  .meta({ id: "Money", description: "Amount in minor units (e.g. cents) and ISO 4217 currency" });
export type Money = z.infer<typeof Money>;

/** A short person reference embedded in resources (manager, sponsor, audit actor). */
export const PersonRef = z
  .object({ id: z.string(), name: z.string(), email: z.string() })
  .meta({ id: "PersonRef" });
export type PersonRef = z.infer<typeof PersonRef>;

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 500;

/** A query parameter listing values, comma-separated (`type=risk,issue`), each checked by `item`. */
export function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z
    .string()
    .transform((s) =>
      s
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item));
}

/** `?limit=&cursor=` of every list. The cursor is opaque: pass back `nextCursor` unchanged. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_LIMIT_MAX).default(PAGE_LIMIT_DEFAULT),
  cursor: z.string().max(512).optional(),
});
export type PageQuery = z.infer<typeof PageQuery>;

/** Every list answers `{ items, nextCursor }`; `nextCursor` is null on the last page. */
export function Page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
export type Page<T> = { items: T[]; nextCursor: string | null };

/**
 * The kinds of problem the API reports; a problem's `type` is `urn:orrery:problem:<code>`.
 * Match on these, never on `title` or `detail` text.
 */
export const ProblemCode = z.enum([
  "malformed-request",
  "unauthenticated",
  "forbidden",
  "not-found",
  "conflict",
  "stale-write",
  "payload-too-large",
  "unsupported-media-type",
  "invalid",
  "rate-limited",
  "internal",
  "unavailable",
]);
export type ProblemCode = z.infer<typeof ProblemCode>;
/** Every problem `type` is this prefix and a `ProblemCode`. */
export const PROBLEM_TYPE_PREFIX = "urn:orrery:problem:";

/** RFC 9457 problem details; validation problems list each failing field. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    /** A finer machine-readable reason where one exists (e.g. `INVALID_PASSWORD` on sign-in). */
    code: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });
export type Problem = z.infer<typeof Problem>;

/** Optimistic concurrency: every versioned resource carries `version`, sent back as `If-Match`. */
export const Version = z.number().int().min(1);
