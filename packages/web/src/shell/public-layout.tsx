import { Box, Center, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Brand } from "./brand.js";
import { ColorSchemeToggle } from "./color-scheme-toggle.js";
import { MAIN_CONTENT_ID } from "./skip-link.js";

export interface PublicLayoutProps {
  readonly title: string;
  readonly description?: ReactNode;
  readonly children: ReactNode;
}

/** Pages before sign-in (sign in, setup, accept an invitation): one calm card in the middle. */
export function PublicLayout({ title, description, children }: PublicLayoutProps) {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-default-hover)">
      <Box component="header" p="md" style={{ display: "flex", justifyContent: "space-between" }}>
        <Brand />
        <ColorSchemeToggle />
      </Box>
      <Center component="main" id={MAIN_CONTENT_ID} px="md" pb="xl">
        <Paper withBorder shadow="sm" radius="lg" p={{ base: "lg", xs: "xl" }} w="100%" maw={440}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h2">
                {title}
              </Title>
              {description ? (
                <Text c="dimmed" size="sm">
                  {description}
                </Text>
              ) : null}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
