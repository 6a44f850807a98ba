import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../config.js";
import { describeSendError, retryDelayMs } from "./mail-sender.js";

describe("notification e-mail settings", () => {
  it("turns e-mail off without ORRERY_SMTP_URL and defaults the sender to the public host", () => {
    expect(readConfig({}, "/tmp").smtp).toBeNull();
    const config = readConfig(
      {
        ORRERY_SMTP_URL: "smtps://mailer:s3cret@mail.example.com:465",
        ORRERY_PUBLIC_URL: "https://pmo.example.com",
      },
      "/tmp",
    );
    expect(config.smtp).toEqual({
      url: "smtps://mailer:s3cret@mail.example.com:465",
      from: "Orrery <orrery@pmo.example.com>",
    });
  });

  it("refuses a URL that is not SMTP without repeating it, and a sender without a server", () => {
    let problem: unknown;
    try {
      readConfig({ ORRERY_SMTP_URL: "https://mailer:s3cret@mail.example.com" }, "/tmp");
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ConfigError);
    expect(String(problem)).toContain("ORRERY_SMTP_URL: must be an smtp:// or smtps:// URL");
    expect(String(problem)).not.toContain("s3cret");
    expect(() => readConfig({ ORRERY_SMTP_FROM: "pmo@example.com" }, "/tmp")).toThrow(
      "ORRERY_SMTP_FROM needs ORRERY_SMTP_URL",
    );
  });

  it("backs off from 30 seconds, doubling, to at most four hours", () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(4 * 3_600_000);
  });

  it("describes a failure by the SMTP code and reply only", () => {
    const refused = Object.assign(new Error("Can't send mail - all recipients were rejected"), {
      code: "EENVELOPE",
      responseCode: 550,
      response: "550 mailbox unavailable",
      command: "RCPT TO",
      auth: { user: "mailer", pass: "s3cret" },
    });
    expect(describeSendError(refused)).toBe("EENVELOPE 550 550 mailbox unavailable");
    expect(describeSendError("a string")).toBe("sending failed");
  });
});
