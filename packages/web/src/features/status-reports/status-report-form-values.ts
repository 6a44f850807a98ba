import type {
  Rag,
  StatusReport,
  StatusReportCreate,
  StatusReportUpdate,
} from "@orrery/contracts/status-reports";
import type { FieldErrors, FormFields } from "../../forms/field-errors.js";

export const COLOURS = ["overall", "schedule", "cost", "scope", "risk"] as const;
export type Colour = (typeof COLOURS)[number];

/** One colour's override on the form: none (the data's colour stands) or a colour and why. */
export interface OverrideValues {
  readonly rag: "" | Rag;
  readonly justification: string;
}

export interface StatusReportFormValues {
  readonly periodEnd: string;
  readonly summary: string;
  readonly achievements: string;
  readonly nextSteps: string;
  readonly decisionsNeeded: string;
  readonly overrides: Record<Colour, OverrideValues>;
}

const noOverride: OverrideValues = { rag: "", justification: "" };

export function emptyStatusReportForm(today: string): StatusReportFormValues {
  return {
    periodEnd: today,
    summary: "",
    achievements: "",
    nextSteps: "",
    decisionsNeeded: "",
    overrides: Object.fromEntries(COLOURS.map((c) => [c, noOverride])) as Record<
      Colour,
      OverrideValues
    >,
  };
}

export function statusReportFormFrom(report: StatusReport): StatusReportFormValues {
  return {
    periodEnd: report.periodEnd,
    summary: report.summary,
    achievements: report.achievements,
    nextSteps: report.nextSteps,
    decisionsNeeded: report.decisionsNeeded,
    overrides: Object.fromEntries(
      COLOURS.map((c) => {
        const override = report[c].override;
        return [
          c,
          override ? { rag: override.rag, justification: override.justification } : noOverride,
        ];
      }),
    ) as Record<Colour, OverrideValues>,
  };
}

function overridesOf(values: StatusReportFormValues) {
  return Object.fromEntries(
    COLOURS.map((c) => {
      const { rag, justification } = values.overrides[c];
      return [c, rag === "" ? null : { rag, justification: justification.trim() }];
    }),
  );
}

export function statusReportCreateFrom(values: StatusReportFormValues): StatusReportCreate {
  return {
    periodEnd: values.periodEnd,
    summary: values.summary,
    achievements: values.achievements,
    nextSteps: values.nextSteps,
    decisionsNeeded: values.decisionsNeeded,
    overrides: overridesOf(values),
  };
}

/** The whole form as a change: the server recomputes colours on every save anyway. */
export function statusReportUpdateFrom(values: StatusReportFormValues): StatusReportUpdate {
  return statusReportCreateFrom(values);
}

/** The checks the API makes, made first so the person sees them next to the field at once. */
export function validateStatusReportForm(values: StatusReportFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.periodEnd)) errors.periodEnd = "Report date is required";
  for (const c of COLOURS) {
    const { rag, justification } = values.overrides[c];
    if (rag !== "" && justification.trim().length < 10)
      errors[`overrides.${c}.justification`] =
        "Say why you override the data, in at least 10 characters";
  }
  return errors;
}

export const STATUS_REPORT_FORM_FIELDS: FormFields = {
  labels: {
    periodEnd: "Report date",
    summary: "Summary",
    achievements: "Achievements",
    nextSteps: "Next steps",
    decisionsNeeded: "Decisions needed",
    ...Object.fromEntries(COLOURS.map((c) => [`overrides.${c}.justification`, "Justification"])),
  },
  aliases: Object.fromEntries(
    COLOURS.flatMap((c) => [
      [`overrides.${c}.justification`, `overrides.${c}.justification`],
      [`overrides.${c}`, `overrides.${c}.justification`],
    ]),
  ),
};
