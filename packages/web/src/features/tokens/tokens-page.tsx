import { Button, Code, EmptyState, Table, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ApiToken } from "@orrery/contracts/tokens";
import { IconKey, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { TintedBadge } from "../../badges/tinted-badge.js";
import { formatDay, formatRelative } from "../../format/date-format.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { useMe } from "../account/queries.js";
import { canOnAccount } from "../orgs/org-access.js";
import { CreateTokenModal } from "./create-token-modal.js";
import { useTokens } from "./queries.js";
import { RevokeTokenModal } from "./revoke-token-modal.js";

function expiryText(token: ApiToken, now: Date): string {
  if (!token.expiresAt) return "Never";
  const expired = new Date(token.expiresAt) <= now;
  return expired ? `Expired ${formatDay(token.expiresAt)}` : formatDay(token.expiresAt);
}

export function TokensPage() {
  const me = useMe();
  const mayManage = canOnAccount(me, "token.manage");
  const tokens = useTokens();
  const [creating, create] = useDisclosure(false);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const now = new Date();

  let body: React.ReactNode;
  if (tokens.isPending) body = <LoadingState label="Loading your tokens…" rows={3} />;
  else if (tokens.isError)
    body = <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />;
  else if (tokens.data.length === 0)
    body = (
      <EmptyState
        icon={<IconKey size={26} aria-hidden />}
        variant="light"
        title="No API tokens"
        description="Create one to let a script, a spreadsheet import or the orrery CLI work as you."
        py="xl"
      >
        {mayManage ? (
          <EmptyState.Actions>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
              Create a token
            </Button>
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    );
  else
    body = (
      <Table.ScrollContainer minWidth={0} type="native">
        <Table className="data-table" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th visibleFrom="sm">Token</Table.Th>
              <Table.Th>Access</Table.Th>
              <Table.Th visibleFrom="sm">Expires</Table.Th>
              <Table.Th visibleFrom="md">Last used</Table.Th>
              <Table.Th w={90}>
                <span className="visually-hidden">Revoke</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.data.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text size="sm" fw={500} style={{ overflowWrap: "anywhere" }}>
                    {token.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    Created {formatDay(token.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <TintedBadge color={token.scope === "write" ? "indigo" : "gray"}>
                    {token.scope === "write" ? "Read and write" : "Read only"}
                  </TintedBadge>
                </Table.Td>
                <Table.Td visibleFrom="sm">{expiryText(token, now)}</Table.Td>
                <Table.Td visibleFrom="md">
                  {token.lastUsedAt ? (
                    formatRelative(token.lastUsedAt, now)
                  ) : (
                    <Text span c="dimmed" size="sm">
                      Never
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {mayManage ? (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Revoke ${token.name}`}
                      onClick={() => setRevoking(token)}
                    >
                      Revoke
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Tokens let scripts and the orrery CLI act as you, in every organisation you belong to. Treat them like passwords."
        actions={
          mayManage && tokens.isSuccess && tokens.data.length > 0 ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={create.open}>
              New token
            </Button>
          ) : null
        }
      />
      {body}
      <CreateTokenModal opened={creating} onClose={create.close} />
      <RevokeTokenModal token={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
