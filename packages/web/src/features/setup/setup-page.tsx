import { Alert, Code, Text } from "@mantine/core";
import type { AccountReady } from "@orrery/contracts/account";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PublicLayout } from "../../shell/public-layout.js";
import { ButtonLink } from "../../shell/router-links.js";
import { setupStatusQuery } from "./queries.js";
import { SetupForm } from "./setup-form.js";

export interface SetupPageProps {
  readonly token: string | undefined;
  readonly onDone: (ready: AccountReady) => void;
}

export function SetupPage({ token, onDone }: SetupPageProps) {
  const status = useQuery(setupStatusQuery());
  if (status.isPending) {
    return (
      <PublicLayout title="Set up Orrery">
        <LoadingState label="Checking this installation…" />
      </PublicLayout>
    );
  }
  if (status.isError) {
    return (
      <PublicLayout title="Set up Orrery">
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      </PublicLayout>
    );
  }
  if (!status.data.needed) {
    return (
      <PublicLayout
        title="Orrery is set up"
        description="This installation already has an administrator."
      >
        <ButtonLink to="/sign-in" fullWidth>
          Go to sign in
        </ButtonLink>
      </PublicLayout>
    );
  }
  if (!token) {
    return (
      <PublicLayout title="Set up Orrery" description="Welcome! One step before the first project.">
        <Alert variant="light" title="Open the setup link">
          <Text size="sm">
            When Orrery started, it printed a one-time link on its console, like{" "}
            <Code>http://localhost:4280/setup?token=…</Code>. Open that link to create the first
            administrator.
          </Text>
        </Alert>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout
      title="Set up Orrery"
      description="Create the first administrator and your organisation. You will be signed in."
    >
      <SetupForm token={token} onDone={onDone} />
    </PublicLayout>
  );
}
