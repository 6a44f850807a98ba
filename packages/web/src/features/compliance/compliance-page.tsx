import { Card, EmptyState, SimpleGrid, Table, Text, UnstyledButton } from "@mantine/core";
import type {
  ComplianceFinding,
  ComplianceFix,
  ComplianceKind,
} from "@orrery/contracts/compliance";
import { IconShieldCheck } from "@tabler/icons-react";
import { type ReactElement, useState } from "react";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PageHeader } from "../../page-states/page-header.js";
import { AnchorLink } from "../../shell/router-links.js";
import { useCurrentOrg } from "../orgs/current-org.js";
import { useCompliance } from "./queries.js";

const KINDS: readonly { readonly kind: ComplianceKind; readonly label: string }[] = [
  { kind: "report_overdue", label: "Status reports overdue" },
  { kind: "gate_overdue", label: "Gates overdue" },
  { kind: "gate_documents_missing", label: "Gates missing documents" },
  { kind: "raid_stale", label: "RAID entries not reviewed" },
];

const labelOf = (kind: ComplianceKind) => KINDS.find((k) => k.kind === kind)?.label ?? kind;

/**
 * The PMO's compliance view: what in the running projects falls short of the standard today,
 * longest overdue first, each with a link to the page that puts it right. The counts are also
 * the filter.
 */
export function CompliancePage() {
  const { org } = useCurrentOrg();
  const [kind, setKind] = useState<ComplianceKind | null>(null);
  const report = useCompliance(org.slug, kind);
  return (
    <>
      <PageHeader
        title="Compliance"
        description="What falls short of your standard in the projects you may see: overdue status reports and gates, gates due within two weeks without their required documents, and RAID entries nobody has reviewed for 30 days. Each line links to where it is fixed."
      />
      {report.isPending ? (
        <LoadingState label="Checking the projects…" rows={5} />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="md">
            {KINDS.map(({ kind: each, label }) => (
              <UnstyledButton
                key={each}
                onClick={() => setKind(kind === each ? null : each)}
                aria-pressed={kind === each}
              >
                <Card
                  withBorder
                  padding="sm"
                  className={kind === each ? "compliance-card-active" : undefined}
                >
                  <Text
                    size="xl"
                    fw={700}
                    c={(report.data.counts[each] ?? 0) > 0 ? "red.8" : undefined}
                  >
                    {report.data.counts[each] ?? 0}
                  </Text>
                  <Text size="sm">{label}</Text>
                </Card>
              </UnstyledButton>
            ))}
          </SimpleGrid>
          {report.data.findings.length === 0 ? (
            <EmptyState
              icon={<IconShieldCheck size={26} aria-hidden />}
              withIndicatorBackground
              title={kind ? `No ${labelOf(kind).toLowerCase()}` : "Nothing needs attention"}
              description={`Every project you may see is on time as of ${report.data.asOf}.`}
            />
          ) : (
            <Table.ScrollContainer minWidth={0} type="native">
              <Table striped highlightOnHover aria-label="Findings, longest overdue first">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Project</Table.Th>
                    <Table.Th scope="col">What</Table.Th>
                    <Table.Th scope="col">Due</Table.Th>
                    <Table.Th scope="col" style={{ textAlign: "right" }}>
                      Days overdue
                    </Table.Th>
                    <Table.Th scope="col">Fix</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.findings.map((finding) => (
                    <FindingRow
                      key={`${finding.kind}-${finding.project.id}-${finding.subject}`}
                      org={org.slug}
                      finding={finding}
                    />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </>
  );
}

function FindingRow(props: { readonly org: string; readonly finding: ComplianceFinding }) {
  const { org, finding } = props;
  return (
    <Table.Tr>
      <Table.Td>
        {finding.project.key} · {finding.project.name}
      </Table.Td>
      <Table.Td>
        {finding.subject}
        <Text size="xs" c="dimmed">
          {labelOf(finding.kind)}
        </Text>
      </Table.Td>
      <Table.Td>{finding.since}</Table.Td>
      <Table.Td style={{ textAlign: "right" }}>{finding.daysOverdue}</Table.Td>
      <Table.Td>
        <FixLink org={org} fix={finding.fix} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Each fix by the page it is made on, with the fields that page's link needs. */
type FixOn = { readonly [F in ComplianceFix as F["page"]]: F };

/** The project pages a fix can send the user to with nothing but the project. */
type ProjectPage =
  | "/orgs/$org/projects/$projectId/status-reports"
  | "/orgs/$org/projects/$projectId/lifecycle"
  | "/orgs/$org/projects/$projectId/documents"
  | "/orgs/$org/projects/$projectId/raid";

/** A link to one of the project's pages, saying what to do there. */
function projectPageLink(to: ProjectPage, label: string) {
  return (org: string, fix: { readonly projectId: string }) => (
    <AnchorLink to={to} params={{ org, projectId: fix.projectId }}>
      {label}
    </AnchorLink>
  );
}

/**
 * How the link to each fixing page is built, and what it asks the user to do there. Keyed by
 * every page a fix can name, so a new one does not compile until it has its link here.
 */
const FIX_LINKS: {
  readonly [P in keyof FixOn]: (org: string, fix: FixOn[P]) => ReactElement;
} = {
  "status-reports": projectPageLink(
    "/orgs/$org/projects/$projectId/status-reports",
    "Write the report",
  ),
  lifecycle: projectPageLink("/orgs/$org/projects/$projectId/lifecycle", "Request the gate"),
  documents: projectPageLink("/orgs/$org/projects/$projectId/documents", "Attach the documents"),
  raid: projectPageLink("/orgs/$org/projects/$projectId/raid", "Review the entry"),
  "gate-review": (org, fix) => (
    <AnchorLink
      to="/orgs/$org/projects/$projectId/gates/$gate/reviews/$reviewId"
      params={{ org, projectId: fix.projectId, gate: String(fix.gate), reviewId: fix.reviewId }}
    >
      Decide the gate
    </AnchorLink>
  ),
};

function FixLink({ org, fix }: { readonly org: string; readonly fix: ComplianceFix }) {
  return linkTo(fix.page, org, fix);
}

/**
 * The table's link for a fix. The page is passed beside the fix (it is the fix's own) because
 * TypeScript pairs a builder with its fix only through a key of its own type parameter.
 */
function linkTo<P extends keyof FixOn>(page: P, org: string, fix: FixOn[P]): ReactElement {
  return FIX_LINKS[page](org, fix);
}
