import { Center, EmptyState } from "@mantine/core";
import { IconMapOff } from "@tabler/icons-react";
import { ButtonLink } from "../shell/router-links.js";

/** An unknown address, or an organisation or project that is gone or not shared with the caller. */
export function NotFoundPage() {
  return (
    <Center mih="50vh" p="md">
      <EmptyState
        icon={<IconMapOff size={28} aria-hidden />}
        withIndicatorBackground
        title="This page does not exist"
        description="The link may be wrong, or what it pointed to was deleted or is not shared with you."
      >
        <EmptyState.Actions>
          <ButtonLink to="/">Go to your projects</ButtonLink>
        </EmptyState.Actions>
      </EmptyState>
    </Center>
  );
}
