import { Button, Select, Switch } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { BaselineList, Plan } from "@orrery/contracts/plans";
import { IconArrowsDiff } from "@tabler/icons-react";
import { BaselineCompareModal } from "./baseline-compare-modal.js";
import { baselineName } from "./baseline-menu.js";

export interface BaselineControlsProps {
  readonly org: string;
  readonly projectId: string;
  readonly plan: Pick<Plan, "minutesPerDay">;
  readonly baselines: BaselineList["items"];
  /** The baseline drawn under the bars (and measured against in the variance columns). */
  readonly shown: number | null;
  readonly onShow: (number: number | null) => void;
  readonly varianceShown: boolean;
  readonly onVarianceShown: (shown: boolean) => void;
}

/** Which baseline the plan shows, its variance columns, and the comparison of any two. */
export function BaselineControls(props: BaselineControlsProps) {
  const { baselines, shown, onShow, varianceShown, onVarianceShown } = props;
  const [comparing, compare] = useDisclosure(false);
  if (baselines.length === 0) return null;
  return (
    <>
      <Select
        aria-label="Baseline shown"
        size="xs"
        w={190}
        data={[
          { value: "none", label: "No baseline shown" },
          ...baselines.map((b) => ({
            value: String(b.number),
            label: `Show ${baselineName(b.number)}`,
          })),
        ]}
        value={shown === null ? "none" : String(shown)}
        allowDeselect={false}
        onChange={(value) => onShow(value === null || value === "none" ? null : Number(value))}
      />
      {shown === null ? null : (
        <Switch
          size="xs"
          label="Variance columns"
          checked={varianceShown}
          onChange={(event) => onVarianceShown(event.currentTarget.checked)}
        />
      )}
      <Button
        size="xs"
        variant="default"
        leftSection={<IconArrowsDiff size={14} aria-hidden />}
        onClick={compare.open}
      >
        Compare baselines
      </Button>
      <BaselineCompareModal
        org={props.org}
        projectId={props.projectId}
        plan={props.plan}
        baselines={baselines}
        opened={comparing}
        onClose={compare.close}
      />
    </>
  );
}
