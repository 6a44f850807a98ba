import { Alert, Button, EmptyState, Group, Select, Stack, Text } from "@mantine/core";
import { IconHistory, IconLock } from "@tabler/icons-react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { describeProblem } from "../../page-states/problem-message.js";
import { personOptions } from "../members/person-options.js";
import { useMembers } from "../members/queries.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { AUDIT_ENTITY_OPTIONS } from "./audit-diff.js";
import { AuditEntryCard } from "./audit-entry-card.js";
import type { AuditSearch } from "./audit-filters.js";
import { useAuditLog } from "./queries.js";

export interface AuditPageProps {
  readonly search: AuditSearch;
  readonly onSearchChange: (next: Partial<AuditSearch>) => void;
}

export function AuditPage({ search, onSearchChange }: AuditPageProps) {
  const { org, can } = useCurrentOrg();
  if (!can("audit.read")) {
    return (
      <>
        <PageHeader title="Audit log" />
        <Alert
          variant="light"
          color="gray"
          icon={<IconLock aria-hidden />}
          title="You do not have access to the audit log"
        >
          Administrators, PMO managers and PMO analysts can read it.
        </Alert>
      </>
    );
  }
  return (
    <AuditLog org={org.slug} orgName={org.name} search={search} onSearchChange={onSearchChange} />
  );
}

interface AuditLogProps extends AuditPageProps {
  readonly org: string;
  readonly orgName: string;
}

function AuditLog({ org, orgName, search, onSearchChange }: AuditLogProps) {
  const members = useMembers(org);
  const log = useAuditLog(org, { entityType: search.entityType, actorId: search.actorId });
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(search.entityType || search.actorId);
  const now = new Date();

  let body: React.ReactNode;
  if (log.isPending) body = <LoadingState label="Loading the audit log…" rows={6} />;
  else if (log.isError && entries.length === 0)
    body = <ErrorState error={log.error} onRetry={() => void log.refetch()} />;
  else if (entries.length === 0)
    body = (
      <EmptyState
        icon={<IconHistory size={26} aria-hidden />}
        withIndicatorBackground
        title={filtered ? "No changes match these filters" : "Nothing has changed yet"}
        description={
          filtered
            ? "Choose another kind of change or person."
            : "Every change to projects, members and settings will be recorded here with who made it."
        }
        py="xl"
      />
    );
  else
    body = (
      <Stack
        gap="xs"
        component="ol"
        style={{ listStyle: "none", padding: 0, margin: 0 }}
        aria-label="Changes, newest first"
      >
        {entries.map((entry) => (
          <AuditEntryCard key={entry.id} entry={entry} now={now} />
        ))}
      </Stack>
    );

  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Every change in ${orgName}: who made it, when, and what it was before.`}
      />
      <Group gap="sm" mb="md" wrap="wrap">
        <Select
          aria-label="Kind of change"
          placeholder="All kinds of change"
          data={AUDIT_ENTITY_OPTIONS}
          value={search.entityType ?? null}
          onChange={(value) => onSearchChange({ entityType: value ?? undefined })}
          clearable
          className="filter-field"
        />
        <Select
          aria-label="Changed by"
          placeholder="Anyone"
          data={personOptions(members.data ?? [])}
          value={search.actorId ?? null}
          onChange={(value) => onSearchChange({ actorId: value ?? undefined })}
          searchable
          clearable
          className="filter-field"
        />
      </Group>
      {body}
      {log.isFetchNextPageError ? (
        <Alert
          mt="sm"
          color="red"
          variant="light"
          role="alert"
          title={describeProblem(log.error).title}
        >
          {describeProblem(log.error).detail}
        </Alert>
      ) : null}
      {log.hasNextPage ? (
        <Group justify="center" mt="md">
          <Button
            variant="default"
            loading={log.isFetchingNextPage}
            onClick={() => void log.fetchNextPage()}
          >
            Load older changes
          </Button>
        </Group>
      ) : entries.length > 0 ? (
        <Text size="xs" c="dimmed" ta="center" mt="md">
          That is the beginning of the log.
        </Text>
      ) : null}
    </>
  );
}
