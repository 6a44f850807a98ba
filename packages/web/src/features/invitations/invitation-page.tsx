import type { AccountReady } from "@orrery/contracts/account";
import { ORG_ROLE_LABELS } from "@orrery/contracts/roles";
import { useQuery } from "@tanstack/react-query";
import { problemStatus } from "../../api/api-problem.js";
import { ErrorState } from "../../page-states/error-state.js";
import { LoadingState } from "../../page-states/loading-state.js";
import { PublicLayout } from "../../shell/public-layout.js";
import { ButtonLink } from "../../shell/router-links.js";
import { AcceptInvitationForm } from "./accept-invitation-form.js";
import { invitationQuery } from "./queries.js";

export interface InvitationPageProps {
  readonly token: string;
  readonly onJoined: (ready: AccountReady) => void;
}

export function InvitationPage({ token, onJoined }: InvitationPageProps) {
  const invitation = useQuery(invitationQuery(token));
  if (invitation.isPending) {
    return (
      <PublicLayout title="Join Orrery">
        <LoadingState label="Opening your invitation…" />
      </PublicLayout>
    );
  }
  if (invitation.isError) {
    // Unknown, used, expired or malformed links all mean the same to the person holding one.
    const gone = [404, 410, 422].includes(problemStatus(invitation.error) ?? 0);
    return (
      <PublicLayout
        title={gone ? "This invitation is no longer valid" : "Join Orrery"}
        description={
          gone
            ? "It was used already, withdrawn, or has expired. Ask the person who invited you for a new link."
            : undefined
        }
      >
        {gone ? (
          <ButtonLink to="/sign-in" variant="default" fullWidth>
            Go to sign in
          </ButtonLink>
        ) : (
          <ErrorState error={invitation.error} onRetry={() => void invitation.refetch()} />
        )}
      </PublicLayout>
    );
  }
  const { orgName, role, email, name } = invitation.data;
  return (
    <PublicLayout
      title={`Join ${orgName}`}
      description={`You are invited as ${ORG_ROLE_LABELS[role]}. Choose a password to finish.`}
    >
      <AcceptInvitationForm token={token} email={email} suggestedName={name} onJoined={onJoined} />
    </PublicLayout>
  );
}
