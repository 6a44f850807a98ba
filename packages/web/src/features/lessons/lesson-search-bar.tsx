import { Grid, Select, TextInput } from "@mantine/core";
import { LessonCategory } from "@orrery/contracts/lessons";
import { IconSearch } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { CATEGORY_OPTIONS } from "./lesson-labels.js";

export interface LessonFilterValues {
  readonly q: string;
  readonly category: LessonCategory | null;
  readonly tag: string;
}

export interface LessonSearchBarProps {
  readonly values: LessonFilterValues;
  readonly onChange: (values: LessonFilterValues) => void;
  /** More filters (the knowledge base's project picker). */
  readonly children?: ReactNode;
}

/** The search box and filters above a list of lessons. */
export function LessonSearchBar({ values, onChange, children }: LessonSearchBarProps) {
  return (
    <Grid gap="sm" mb="md" role="search" aria-label="Search lessons">
      <Grid.Col span={{ base: 12, md: children ? 5 : 6 }}>
        <TextInput
          label="Search"
          placeholder='e.g. vendor cutover, "test data", -cloud'
          leftSection={<IconSearch size={16} aria-hidden />}
          value={values.q}
          onChange={(event) => onChange({ ...values, q: event.currentTarget.value })}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: children ? 2 : 3 }}>
        <Select
          label="Category"
          placeholder="Any"
          data={CATEGORY_OPTIONS}
          clearable
          value={values.category}
          onChange={(value) => {
            const parsed = LessonCategory.safeParse(value);
            onChange({ ...values, category: parsed.success ? parsed.data : null });
          }}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, md: children ? 2 : 3 }}>
        <TextInput
          label="Tag"
          placeholder="Any"
          value={values.tag}
          onChange={(event) => onChange({ ...values, tag: event.currentTarget.value })}
        />
      </Grid.Col>
      {children ? <Grid.Col span={{ base: 12, md: 3 }}>{children}</Grid.Col> : null}
    </Grid>
  );
}
