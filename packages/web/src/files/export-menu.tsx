import { Button, Menu } from "@mantine/core";
import { IconChevronDown, IconDownload } from "@tabler/icons-react";

export interface ExportFormat {
  /** What the person picks, e.g. `Excel (.xlsx)`. */
  readonly label: string;
  /** The download's address. */
  readonly href: string;
}

/** An Export button whose menu downloads the same data in each format offered. */
export function ExportMenu({ formats }: { readonly formats: readonly ExportFormat[] }) {
  return (
    <Menu position="bottom-end" shadow="md">
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          Export
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {formats.map((format) => (
          <Menu.Item key={format.href} component="a" href={format.href} download>
            {format.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
