import { Autocomplete, Grid, type GridColProps, NumberInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";

type RatingField = "category" | "probability" | "impact";

/**
 * A default risk's category (one of the template's RAID categories, or the PMO's own) and its
 * probability and impact on the 5×5 matrix, as grid columns of the caller's row.
 */
export function DefaultRiskRatingInputs({
  categories,
  inputProps,
  spans,
}: {
  readonly categories: readonly string[];
  readonly inputProps: (field: RatingField) => GetInputPropsReturnType;
  readonly spans: Record<RatingField, GridColProps["span"]>;
}) {
  const rating = (field: "probability" | "impact", label: string) => (
    <Grid.Col span={spans[field]}>
      <NumberInput label={label} min={1} max={5} allowDecimal={false} {...inputProps(field)} />
    </Grid.Col>
  );
  return (
    <>
      <Grid.Col span={spans.category}>
        <Autocomplete label="Category" data={[...categories]} {...inputProps("category")} />
      </Grid.Col>
      {rating("probability", "Probability")}
      {rating("impact", "Impact")}
    </>
  );
}
