import { Button, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { BaselineList } from "@orrery/contracts/plans";
import { IconChevronDown, IconFlag } from "@tabler/icons-react";
import { ApiProblem } from "../../api/api-problem.js";
import { useBaselineChange } from "./queries.js";

export const BASELINE_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export function baselineName(number: number): string {
  return number === 0 ? "Baseline" : `Baseline ${number}`;
}

export interface BaselineMenuProps {
  readonly org: string;
  readonly projectId: string;
  readonly baselines: BaselineList["items"];
  /** Called with the baseline just set, so the chart can show it. */
  readonly onSet: (number: number) => void;
}

/** Saves the current schedule as one of MS Project's eleven baselines, or clears one. */
export function BaselineMenu({ org, projectId, baselines, onSet }: BaselineMenuProps) {
  const change = useBaselineChange(org, projectId);
  const held = new Map(baselines.map((b) => [b.number, b.taskCount]));
  const run = (number: number, clear: boolean) =>
    change.mutate(
      { number, clear },
      {
        onSuccess: () => {
          notifications.show({
            color: "green",
            message: clear
              ? `${baselineName(number)} cleared.`
              : `${baselineName(number)} set from the current schedule.`,
          });
          if (!clear) onSet(number);
        },
        onError: (error) =>
          notifications.show({
            color: "red",
            message: error instanceof ApiProblem ? error.message : "The baseline was not changed.",
          }),
      },
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFlag size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={change.isPending}
        >
          Baselines
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Set from the current schedule</Menu.Label>
        {BASELINE_NUMBERS.map((number) => (
          <Menu.Item key={number} onClick={() => run(number, false)}>
            {`Set ${baselineName(number)}`}
            {held.has(number) ? ` (replaces ${held.get(number)} tasks)` : ""}
          </Menu.Item>
        ))}
        {held.size > 0 ? <Menu.Divider /> : null}
        {[...held.keys()].map((number) => (
          <Menu.Item key={`clear-${number}`} color="red" onClick={() => run(number, true)}>
            {`Clear ${baselineName(number)}`}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
