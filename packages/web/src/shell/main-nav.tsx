import { Divider, Stack, Text } from "@mantine/core";
import {
  IconAlertTriangle,
  IconBooks,
  IconBriefcase,
  IconCalendarEvent,
  IconCertificate,
  IconChecklist,
  IconFiles,
  IconFlag,
  IconHistory,
  IconKey,
  IconReportAnalytics,
  IconSettings,
  IconShieldCheck,
  IconTemplate,
  IconUserCircle,
  IconUsers,
  type TablerIcon,
} from "@tabler/icons-react";
import { type CurrentOrg, useOptionalOrg } from "../features/orgs/current-org.js";
import { NavLinkLink } from "./router-links.js";

const icon = { size: 18, stroke: 1.7, "aria-hidden": true } as const;

type Permission = Parameters<CurrentOrg["can"]>[0];

/** A page of the organisation in the sidebar; `permission` hides it from those who lack it. */
interface OrgPage {
  readonly to: OrgPath;
  readonly label: string;
  readonly icon: TablerIcon;
  readonly permission?: Permission;
}

type OrgPath =
  | "/orgs/$org/my-work"
  | "/orgs/$org/projects"
  | "/orgs/$org/status"
  | "/orgs/$org/milestones"
  | "/orgs/$org/raid"
  | "/orgs/$org/gates"
  | "/orgs/$org/compliance"
  | "/orgs/$org/templates"
  | "/orgs/$org/lessons"
  | "/orgs/$org/documents"
  | "/orgs/$org/certifications"
  | "/orgs/$org/members"
  | "/orgs/$org/audit"
  | "/orgs/$org/settings";

/** The organisation's pages, grouped the way a PMO works: own work, the portfolio, the method. */
const ORG_SECTIONS: readonly { readonly title: string; readonly pages: readonly OrgPage[] }[] = [
  {
    title: "Work",
    pages: [
      { to: "/orgs/$org/my-work", label: "My work", icon: IconChecklist },
      { to: "/orgs/$org/projects", label: "Projects", icon: IconBriefcase },
    ],
  },
  {
    title: "Portfolio",
    pages: [
      { to: "/orgs/$org/status", label: "Status", icon: IconReportAnalytics },
      { to: "/orgs/$org/milestones", label: "Milestones", icon: IconFlag },
      { to: "/orgs/$org/raid", label: "RAID", icon: IconAlertTriangle },
      { to: "/orgs/$org/gates", label: "Gate calendar", icon: IconCalendarEvent },
      { to: "/orgs/$org/compliance", label: "Compliance", icon: IconShieldCheck },
    ],
  },
  {
    title: "Method",
    pages: [
      { to: "/orgs/$org/templates", label: "Templates", icon: IconTemplate },
      { to: "/orgs/$org/lessons", label: "Knowledge base", icon: IconBooks },
      { to: "/orgs/$org/documents", label: "Document library", icon: IconFiles },
      { to: "/orgs/$org/certifications", label: "Certifications", icon: IconCertificate },
    ],
  },
  {
    title: "Organisation",
    pages: [
      { to: "/orgs/$org/members", label: "Members", icon: IconUsers },
      { to: "/orgs/$org/audit", label: "Audit log", icon: IconHistory, permission: "audit.read" },
      {
        to: "/orgs/$org/settings",
        label: "Organisation settings",
        icon: IconSettings,
        permission: "org.update",
      },
    ],
  },
];

function SectionTitle({ children }: { readonly children: React.ReactNode }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={4} truncate>
      {children}
    </Text>
  );
}

/** The sidebar: only pages that work and that the caller may open. */
export function MainNav({ onNavigate }: { readonly onNavigate: () => void }) {
  const current = useOptionalOrg();
  return (
    <Stack gap={2}>
      {current ? (
        <>
          <Text size="sm" fw={700} px="sm" pt="xs" truncate>
            {current.org.name}
          </Text>
          {ORG_SECTIONS.map((section) => {
            const pages = section.pages.filter(
              (page) => page.permission === undefined || current.can(page.permission),
            );
            if (pages.length === 0) return null;
            return (
              <div key={section.title}>
                <SectionTitle>{section.title}</SectionTitle>
                {pages.map((page) => (
                  <NavLinkLink
                    key={page.to}
                    to={page.to}
                    params={{ org: current.org.slug }}
                    label={page.label}
                    leftSection={<page.icon {...icon} />}
                    activeProps={{ active: true }}
                    onClick={onNavigate}
                  />
                ))}
              </div>
            );
          })}
          <Divider my="sm" />
        </>
      ) : null}
      <SectionTitle>You</SectionTitle>
      <NavLinkLink
        to="/tokens"
        label="API tokens"
        leftSection={<IconKey {...icon} />}
        activeProps={{ active: true }}
        onClick={onNavigate}
      />
      <NavLinkLink
        to="/account"
        label="Account"
        leftSection={<IconUserCircle {...icon} />}
        activeProps={{ active: true }}
        onClick={onNavigate}
      />
    </Stack>
  );
}
