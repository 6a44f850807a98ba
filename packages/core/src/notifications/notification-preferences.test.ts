import { describe, expect, it } from "vitest";
import { effectiveChannels } from "./notification-preferences.js";

describe("notification preferences", () => {
  it("sends everything in the app and mails all but overdue reports by default", () => {
    expect(effectiveChannels([])).toEqual([
      { kind: "gate_review_requested", inApp: true, email: true },
      { kind: "gate_decided", inApp: true, email: true },
      { kind: "status_report_overdue", inApp: true, email: false },
      { kind: "raid_action_assigned", inApp: true, email: true },
    ]);
  });

  it("keeps a stored choice over the default", () => {
    const chosen = effectiveChannels([{ kind: "gate_decided", inApp: false, email: false }]);
    expect(chosen[1]).toEqual({ kind: "gate_decided", inApp: false, email: false });
    expect(chosen).toHaveLength(4);
  });
});
