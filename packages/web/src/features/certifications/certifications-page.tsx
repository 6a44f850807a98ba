import {
  ActionIcon,
  Badge,
  Button,
  EmptyState,
  Group,
  Menu,
  SegmentedControl,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import type { Certification } from "@orrery/contracts/certifications";
import { IconCertificate, IconDots, IconPlus, IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatCalendarDate } from "../../format/date-format.js";
import { ConfirmDialog } from "../../forms/confirm-dialog.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { useMe } from "../account/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { CertificationFormModal } from "./certification-form-modal.js";
import { type ExpiryState, expiryState, holdersByName } from "./expiry.js";
import { useCertificationChanges, useCertifications } from "./queries.js";

const EXPIRY: Record<ExpiryState, { label: string; color: string }> = {
  expired: { label: "Expired", color: "red" },
  soon: { label: "Expires soon", color: "orange" },
  valid: { label: "Valid", color: "green" },
  permanent: { label: "No expiry", color: "gray" },
};

/** Certifications and training: one's own, or everyone's for the PMO, with what lapses soon. */
export function CertificationsPage() {
  const { org, can } = useCurrentOrg();
  const me = useMe();
  const [q, setQ] = useState("");
  const [window, setWindow] = useState<"all" | "90">("all");
  const [editing, setEditing] = useState<Certification | "new" | null>(null);
  const [deleting, setDeleting] = useState<Certification | null>(null);
  const list = useCertifications(org.slug, {
    q,
    ...(window === "90" ? { expiringWithinDays: 90 } : {}),
  });
  const { remove } = useCertificationChanges(org.slug);
  const everyone = can("certification.list_all");
  const today = new Date().toISOString().slice(0, 10);
  const selfId = me.user.id;
  const records = list.data?.pages.flatMap((page) => page.items) ?? [];
  const mayChange = (record: Certification) =>
    record.person.id === selfId || can("certification.manage");

  const body = () => {
    if (list.isPending) return <LoadingState label="Loading certifications…" rows={5} />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    if (records.length === 0)
      return (
        <EmptyState
          icon={<IconCertificate size={26} aria-hidden />}
          withIndicatorBackground
          title={q || window !== "all" ? "Nothing matches" : "No certifications recorded"}
          description={
            q || window !== "all"
              ? "Try another name, or show every expiry date."
              : "Record a certification or training with its expiry date, and Orrery shows what lapses soon."
          }
        />
      );
    const held = holdersByName(records, today);
    return (
      <>
        {everyone ? (
          <Group gap="xs" mb="sm" aria-label="Valid holders per certification">
            {held.slice(0, 12).map(({ name, holders }) => (
              <Badge key={name} variant="outline" color="gray" tt="none">
                {name}: {holders}
              </Badge>
            ))}
          </Group>
        ) : null}
        <Table.ScrollContainer minWidth={0} type="native">
          <Table
            className="data-table"
            withTableBorder
            highlightOnHover
            aria-label="Certifications and training"
            pos="relative"
          >
            <Table.Thead>
              <Table.Tr>
                {everyone ? <Table.Th>Person</Table.Th> : null}
                <Table.Th>Name</Table.Th>
                <Table.Th visibleFrom="sm">Issuer</Table.Th>
                <Table.Th visibleFrom="sm">Obtained</Table.Th>
                <Table.Th>Expires</Table.Th>
                <Table.Th w={44}>
                  <span className="visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((record) => {
                const state = expiryState(record.expiresOn, today);
                return (
                  <Table.Tr key={record.id}>
                    {everyone ? <Table.Td>{record.person.name}</Table.Td> : null}
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {record.name}
                      </Text>
                      {record.kind === "training" ? (
                        <Text size="xs" c="dimmed">
                          Training
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{record.issuer || "—"}</Table.Td>
                    <Table.Td visibleFrom="sm" className="nowrap">
                      {formatCalendarDate(record.obtainedOn)}
                    </Table.Td>
                    <Table.Td className="nowrap">
                      {record.expiresOn ? `${formatCalendarDate(record.expiresOn)} ` : null}
                      <TintedBadge color={EXPIRY[state].color}>{EXPIRY[state].label}</TintedBadge>
                    </Table.Td>
                    <Table.Td>
                      {mayChange(record) ? (
                        <Menu position="bottom-end">
                          <Menu.Target>
                            <ActionIcon
                              variant="subtle"
                              aria-label={`Actions for ${record.person.name}'s ${record.name}`}
                            >
                              <IconDots size={18} aria-hidden />
                            </ActionIcon>
                          </Menu.Target>
                          <Menu.Dropdown>
                            <Menu.Item onClick={() => setEditing(record)}>Edit</Menu.Item>
                            <Menu.Item color="red" onClick={() => setDeleting(record)}>
                              Delete
                            </Menu.Item>
                          </Menu.Dropdown>
                        </Menu>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </>
    );
  };

  return (
    <>
      <PageHeader
        title="Certifications and training"
        description={
          everyone
            ? "Who holds what across the organisation, soonest expiry first."
            : "Your certifications and training, soonest expiry first."
        }
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setEditing("new")}
          >
            Record certification
          </Button>
        }
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <TextInput
          aria-label="Search certifications"
          placeholder="Search name or issuer"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={q}
          onChange={(event) => setQ(event.currentTarget.value)}
        />
        <SegmentedControl
          aria-label="Expiry shown"
          value={window}
          onChange={(value) => setWindow(value === "90" ? "90" : "all")}
          data={[
            { value: "all", label: "All" },
            { value: "90", label: "Expiring within 90 days" },
          ]}
        />
      </Group>
      {body()}
      <CertificationFormModal
        org={org.slug}
        target={editing}
        forOthers={can("certification.manage")}
        selfId={selfId}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={deleting ? `Delete ${deleting.person.name}'s ${deleting.name}?` : ""}
        confirmLabel="Delete"
        pending={remove.isPending}
        error={remove.error}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) remove.mutate(deleting, { onSuccess: () => setDeleting(null) });
        }}
      >
        The record is deleted for good.
      </ConfirmDialog>
    </>
  );
}
