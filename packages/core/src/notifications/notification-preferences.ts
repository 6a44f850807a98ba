import { type NotificationChannels, NotificationKind } from "@orrery/contracts/notifications";

/**
 * What a person gets before choosing: everything in the app, and by e-mail what asks them to act
 * or decides their work (gate requests and decisions, actions assigned). Overdue reports stay
 * in the app: the project manager sees the portfolio page anyway, and a weekly mail nags.
 */
export function defaultChannels(kind: NotificationKind): NotificationChannels {
  return { kind, inApp: true, email: kind !== "status_report_overdue" };
}

/** Every kind, in the contract's order: the stored choice where there is one, else the default. */
export function effectiveChannels(stored: readonly NotificationChannels[]): NotificationChannels[] {
  return NotificationKind.options.map(
    (kind) => stored.find((s) => s.kind === kind) ?? defaultChannels(kind),
  );
}
