/**
 * What a service needs to queue notification e-mail: the address links point at, and a way to
 * tell this node's sender that rows are waiting (after commit; other nodes find them by polling).
 */
export interface MailOutbox {
  readonly publicUrl: URL;
  wake(): void;
}

/** The web app's address of a notification's link (`/projects/ALPHA/raid`) in an organisation. */
export function appUrlOf(publicUrl: URL, orgSlug: string, link: string): string {
  return new URL(`/orgs/${encodeURIComponent(orgSlug)}${link}`, publicUrl).toString();
}
