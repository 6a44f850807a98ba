import { Button, Menu, Modal, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import { IconCheck, IconPlus, IconSelector } from "@tabler/icons-react";
import { useNavigate } from "@tanstack/react-router";
import { CreateOrgForm } from "./create-org-form.js";
import { useOptionalOrg } from "./current-org.js";
import { canOnAccount } from "./org-access.js";

/** The header's organisation menu: where you are, where else you can go, and a new one. */
export function OrgSwitcher() {
  const current = useOptionalOrg();
  const navigate = useNavigate();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);
  if (!current) return null;
  const { me, org } = current;
  return (
    <>
      <Menu position="bottom-start" width={260} shadow="md">
        <Menu.Target>
          <Button
            variant="subtle"
            color="gray"
            rightSection={<IconSelector size={16} aria-hidden />}
            aria-label={`Organisation: ${org.name}. Switch organisation`}
            maw={{ base: 150, xs: 260 }}
            styles={{ inner: { minWidth: 0 }, label: { minWidth: 0 } }}
          >
            <Text span inherit truncate="end">
              {org.name}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Your organisations</Menu.Label>
          {me.orgs.map((o) => (
            <Menu.Item
              key={o.id}
              onClick={() => navigate({ to: "/orgs/$org/projects", params: { org: o.slug } })}
              rightSection={o.id === org.id ? <IconCheck size={16} aria-label="current" /> : null}
            >
              <Text size="sm" fw={500}>
                {o.name}
              </Text>
              <Text size="xs" c="dimmed">
                {ORG_ROLE_LABELS[o.role]}
              </Text>
            </Menu.Item>
          ))}
          {canOnAccount(me, "org.create") ? (
            <>
              <Menu.Divider />
              <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
                Create organisation…
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={creating} onClose={closeCreate} title="Create an organisation">
        <CreateOrgForm
          onCancel={closeCreate}
          onCreated={(created) => {
            closeCreate();
            void navigate({ to: "/orgs/$org/projects", params: { org: created.slug } });
          }}
        />
      </Modal>
    </>
  );
}
