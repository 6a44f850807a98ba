import { Button, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { BaselineList } from "@orrery/contracts/plans";
import { IconChevronDown, IconFlag } from "@tabler/icons-react";
import { useState } from "react";
import { ApiProblem } from "../../api/api-problem.js";
import { restoreBaseline, setBaselineFromSchedule } from "./queries.js";
import type { PlanEditing } from "./use-plan-editing.js";

export const BASELINE_NUMBERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export function baselineName(number: number): string {
  return number === 0 ? "Baseline" : `Baseline ${number}`;
}

export interface BaselineMenuProps {
  readonly org: string;
  readonly projectId: string;
  readonly baselines: BaselineList["items"];
  /** Where the change goes on the undo history. */
  readonly editing: PlanEditing;
  /** Called with the baseline just set, so the chart can show it. */
  readonly onSet: (number: number) => void;
}

/** Saves the current schedule as one of MS Project's eleven baselines, or clears one. */
export function BaselineMenu({ org, projectId, baselines, editing, onSet }: BaselineMenuProps) {
  const [pending, setPending] = useState(false);
  const held = new Map(baselines.map((b) => [b.number, b.taskCount]));
  const run = async (number: number, clear: boolean) => {
    const name = baselineName(number);
    setPending(true);
    try {
      await editing.trackBaseline(`${clear ? "Clear" : "Set"} ${name}`, number, () =>
        clear
          ? restoreBaseline(org, projectId, number, null)
          : setBaselineFromSchedule(org, projectId, number),
      );
      notifications.show({
        color: "green",
        message: clear ? `${name} cleared.` : `${name} set from the current schedule.`,
      });
      if (!clear) onSet(number);
    } catch (error) {
      notifications.show({
        color: "red",
        message: error instanceof ApiProblem ? error.message : "The baseline was not changed.",
      });
    } finally {
      setPending(false);
    }
  };
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconFlag size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={pending}
        >
          Baselines
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Set from the current schedule</Menu.Label>
        {BASELINE_NUMBERS.map((number) => (
          <Menu.Item key={number} onClick={() => void run(number, false)}>
            {`Set ${baselineName(number)}`}
            {held.has(number) ? ` (replaces ${held.get(number)} tasks)` : ""}
          </Menu.Item>
        ))}
        {held.size > 0 ? <Menu.Divider /> : null}
        {[...held.keys()].map((number) => (
          <Menu.Item key={`clear-${number}`} color="red" onClick={() => void run(number, true)}>
            {`Clear ${baselineName(number)}`}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
