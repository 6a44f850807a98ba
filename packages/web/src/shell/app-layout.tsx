import { AppShell, Burger, Group, ScrollArea } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { Outlet } from "@tanstack/react-router";
import { NotificationBell } from "../features/notifications/notification-bell.js";
import { OrgSwitcher } from "../features/orgs/org-switcher.js";
import { Brand } from "./brand.js";
import { ColorSchemeToggle } from "./color-scheme-toggle.js";
import { MainNav } from "./main-nav.js";
import { AnchorLink } from "./router-links.js";
import { MAIN_CONTENT_ID, SkipLink } from "./skip-link.js";
import { UserMenu } from "./user-menu.js";

const NAV_BREAKPOINT = "sm";

/** The signed-in frame: header, sidebar (a burger menu on phones) and the page. */
export function AppLayout() {
  const [navOpen, nav] = useDisclosure(false);
  const isPhone = useMediaQuery("(max-width: 48em)", false);
  // A collapsed phone sidebar is only moved off-screen; `inert` keeps keyboard focus out of it.
  const navHidden = isPhone && !navOpen;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 232, breakpoint: NAV_BREAKPOINT, collapsed: { mobile: !navOpen } }}
      padding={{ base: "md", sm: "lg" }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" wrap="nowrap">
          <Burger
            opened={navOpen}
            onClick={nav.toggle}
            hiddenFrom={NAV_BREAKPOINT}
            size="sm"
            aria-label={navOpen ? "Close navigation" : "Open navigation"}
            aria-expanded={navOpen}
            aria-controls="main-navigation"
          />
          <AnchorLink to="/" underline="never" c="inherit" aria-label="Orrery home">
            <Brand />
          </AnchorLink>
          <OrgSwitcher />
          <Group gap="sm" ml="auto" wrap="nowrap">
            <NotificationBell />
            <ColorSchemeToggle />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id="main-navigation" aria-label="Main" p="xs" inert={navHidden}>
        <AppShell.Section grow component={ScrollArea}>
          <MainNav onNavigate={nav.close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
