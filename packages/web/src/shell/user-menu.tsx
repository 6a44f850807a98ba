import { Avatar, Menu, Text, UnstyledButton } from "@mantine/core";
import { IconKey, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { useMe, useSignOut } from "../features/account/queries.js";

function initialsOf(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.charAt(0) ?? "";
  const last = parts.length > 1 ? (parts.at(-1)?.charAt(0) ?? "") : "";
  return (first + last).toUpperCase() || "?";
}

export function UserMenu() {
  const me = useMe();
  const navigate = useNavigate();
  const signOut = useSignOut(() => navigate({ to: "/sign-in" }));
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton style={{ borderRadius: "50%" }}>
          {/* The initials are decoration; the button's name is the hidden text. */}
          <Avatar color="indigo" radius="xl" size={34} aria-hidden>
            {initialsOf(me.user.name)}
          </Avatar>
          <span className="visually-hidden">Account menu for {me.user.name}</span>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.user.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconUserCircle size={16} aria-hidden />}
          onClick={() => navigate({ to: "/account" })}
        >
          Account
        </Menu.Item>
        <Menu.Item
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => navigate({ to: "/tokens" })}
        >
          API tokens
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate()}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
