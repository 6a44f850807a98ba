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
  IconTemplate,
  IconUserCircle,
  IconUsers,
} from "@tabler/icons-react";
import { useOptionalOrg } from "../features/orgs/current-org.js";
import { NavLinkLink } from "./router-links.js";

const icon = { size: 18, stroke: 1.7, "aria-hidden": true } as const;

/** The sidebar: only pages that work and that the caller may open. */
export function MainNav({ onNavigate }: { readonly onNavigate: () => void }) {
  const current = useOptionalOrg();
  return (
    <Stack gap={2}>
      {current ? (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={4} truncate>
            {current.org.name}
          </Text>
          <NavLinkLink
            to="/orgs/$org/my-work"
            params={{ org: current.org.slug }}
            label="My work"
            leftSection={<IconChecklist {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/projects"
            params={{ org: current.org.slug }}
            label="Projects"
            leftSection={<IconBriefcase {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/status"
            params={{ org: current.org.slug }}
            label="Status"
            leftSection={<IconReportAnalytics {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/milestones"
            params={{ org: current.org.slug }}
            label="Milestones"
            leftSection={<IconFlag {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/raid"
            params={{ org: current.org.slug }}
            label="RAID"
            leftSection={<IconAlertTriangle {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/gates"
            params={{ org: current.org.slug }}
            label="Gate calendar"
            leftSection={<IconCalendarEvent {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/templates"
            params={{ org: current.org.slug }}
            label="Templates"
            leftSection={<IconTemplate {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/documents"
            params={{ org: current.org.slug }}
            label="Document library"
            leftSection={<IconFiles {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/certifications"
            params={{ org: current.org.slug }}
            label="Certifications"
            leftSection={<IconCertificate {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/lessons"
            params={{ org: current.org.slug }}
            label="Knowledge base"
            leftSection={<IconBooks {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          <NavLinkLink
            to="/orgs/$org/members"
            params={{ org: current.org.slug }}
            label="Members"
            leftSection={<IconUsers {...icon} />}
            activeProps={{ active: true }}
            onClick={onNavigate}
          />
          {current.can("audit.read") ? (
            <NavLinkLink
              to="/orgs/$org/audit"
              params={{ org: current.org.slug }}
              label="Audit log"
              leftSection={<IconHistory {...icon} />}
              activeProps={{ active: true }}
              onClick={onNavigate}
            />
          ) : null}
          {current.can("org.update") ? (
            <NavLinkLink
              to="/orgs/$org/settings"
              params={{ org: current.org.slug }}
              label="Organisation"
              leftSection={<IconSettings {...icon} />}
              activeProps={{ active: true }}
              onClick={onNavigate}
            />
          ) : null}
          <Divider my="sm" />
        </>
      ) : null}
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
        You
      </Text>
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
