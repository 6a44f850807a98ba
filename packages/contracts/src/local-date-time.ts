import { z } from "zod";

// Wall-clock dates and times without a zone, as project files (MS Project, P6) store them.

const LOCAL_DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;
const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A wall-clock date-time without zone; seconds may be left out on input. */
export const LocalDateTime = z
  .string()
  .regex(LOCAL_DATE_TIME, "must be a local date-time YYYY-MM-DDTHH:MM:SS without a zone")
  .refine((d) => d >= "1900-01-01" && d < "3000-01-01", "must be between 1900 and 2999")
  .transform((d) => (d.length === 16 ? `${d}:00` : d))
  .meta({ id: "LocalDateTime", description: "Wall-clock date-time, YYYY-MM-DDTHH:MM:SS, no zone" });

/** A wall-clock date without zone. */
export const LocalDate = z
  .string()
  .regex(LOCAL_DATE, "must be a date YYYY-MM-DD")
  .meta({ id: "LocalDate", description: "Wall-clock date, YYYY-MM-DD" });
