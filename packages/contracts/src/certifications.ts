import { z } from "zod";
import { IsoDate, PageQuery, PersonRef, Timestamp } from "./common.js";

// People's certifications (PMP, PRINCE2 Practitioner…) and training taken, with expiry dates, so
// the PMO sees who holds what and what lapses soon.

export const CredentialKind = z.enum(["certification", "training"]).meta({ id: "CredentialKind" });
export type CredentialKind = z.infer<typeof CredentialKind>;

export const Certification = z
  .object({
    id: z.uuid(),
    person: PersonRef,
    kind: CredentialKind,
    name: z.string(),
    issuer: z.string(),
    credentialId: z.string(),
    obtainedOn: IsoDate.nullable(),
    /** Null: it does not expire. */
    expiresOn: IsoDate.nullable(),
    notes: z.string(),
    version: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: "Certification" });
export type Certification = z.infer<typeof Certification>;

const Name = z.string().trim().min(1, "is required").max(200, "must be at most 200 characters");
const Short = z.string().trim().max(200, "must be at most 200 characters");

const Fields = {
  kind: CredentialKind,
  name: Name,
  issuer: Short,
  credentialId: Short,
  obtainedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  notes: z.string().max(5000, "must be at most 5,000 characters"),
};

const expiresAfterObtained = (c: { obtainedOn?: string | null; expiresOn?: string | null }) =>
  !c.obtainedOn || !c.expiresOn || c.expiresOn >= c.obtainedOn;
const expiryRule = { path: ["expiresOn"], message: "must not be before the date obtained" };

/** A new record; `userId` defaults to the caller (recording someone else's needs the PMO's right). */
export const CertificationCreate = z
  .object({
    userId: z.string().min(1).max(200).optional(),
    ...Fields,
    kind: CredentialKind.default("certification"),
    issuer: Short.default(""),
    credentialId: Short.default(""),
    obtainedOn: IsoDate.nullable().default(null),
    expiresOn: IsoDate.nullable().default(null),
    notes: Fields.notes.default(""),
  })
  .strict()
  .refine(expiresAfterObtained, expiryRule)
  .meta({ id: "CertificationCreate" });
export type CertificationCreate = z.input<typeof CertificationCreate>;

export const CertificationUpdate = z
  .object(Fields)
  .partial()
  .strict()
  .meta({ id: "CertificationUpdate" });
export type CertificationUpdate = z.input<typeof CertificationUpdate>;

export const CertificationListQuery = PageQuery.extend({
  /** One person's records. */
  userId: z.string().max(200).optional(),
  /** Case-insensitive part of the name or issuer: `prince2`. */
  q: z.string().trim().max(200).optional(),
  kind: CredentialKind.optional(),
  /** Only records expiring within this many days from today (and those already expired). */
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
});
export type CertificationListQuery = z.infer<typeof CertificationListQuery>;
