import { createTransport } from "nodemailer";
import { z } from "zod";
import type { SmtpConfig } from "../config.js";
import type { Db } from "../store/database.js";
import type { MailOutbox } from "./mail-outbox.js";
import { claimDueEmails, type OutboxRow, settleEmail } from "./notification-store.js";

/** Attempts before an e-mail is given up as failed (about 16 hours of backoff in all). */
export const MAX_ATTEMPTS = 8;
/** How long a claimed e-mail is left to its sender before another may try it. */
const LEASE_MS = 120_000;
/** Other nodes' e-mail and retries that fell due are found by looking this often. */
const POLL_MS = 5_000;
const BATCH = 20;

/** Waits before attempt n+1 after n failures: 30 s, 1 min, 2 min, … capped at 4 h. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** (failedAttempts - 1), 4 * 3_600_000);
}

export interface MailSenderOptions {
  readonly db: Db;
  readonly smtp: SmtpConfig;
  readonly publicUrl: URL;
  readonly clock?: () => Date;
  readonly onError: (error: unknown) => void;
}

export interface MailSender extends MailOutbox {
  /** Sends what is due now; resolves when this pass is done (tests await it). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Delivers the e-mail outbox over SMTP after the writing transactions commit: woken by this
 * node's mutations, and polling for the rest. A failed attempt is retried with backoff and
 * marked failed after `MAX_ATTEMPTS`. The SMTP URL holds credentials, so neither it nor the
 * transport's options are ever logged; errors are recorded by code and server reply only.
 */
export function startMailSender(options: MailSenderOptions): MailSender {
  const clock = options.clock ?? (() => new Date());
  const transport = createTransport(options.smtp.url);
  let stopped = false;

  const pass = async () => {
    for (;;) {
      const now = clock();
      const claimed = await claimDueEmails(
        options.db,
        now,
        new Date(now.getTime() + LEASE_MS),
        BATCH,
      );
      for (const email of claimed) await deliver(email);
      if (claimed.length < BATCH || stopped) return;
    }
  };

  const deliver = async (email: OutboxRow) => {
    try {
      await transport.sendMail({
        from: options.smtp.from,
        to: email.toAddress,
        subject: email.subject,
        text: email.text,
      });
      await settleEmail(options.db, email, { state: "sent", at: clock() });
    } catch (error) {
      const reason = describeSendError(error);
      await settleEmail(
        options.db,
        email,
        email.attempts >= MAX_ATTEMPTS
          ? { state: "failed", error: reason }
          : {
              state: "pending",
              retryAt: new Date(clock().getTime() + retryDelayMs(email.attempts)),
              error: reason,
            },
      );
    }
  };

  let current: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  // One pass at a time; a wake during a pass queues one more, so nothing written meanwhile waits
  // for the next poll.
  const drain = (): Promise<void> => {
    if (stopped) return current ?? Promise.resolve();
    if (!current) {
      current = pass()
        .catch(options.onError)
        .finally(() => {
          current = null;
        });
      return current;
    }
    queued ??= current.then(() => {
      queued = null;
      return drain();
    });
    return queued;
  };

  const timer = setInterval(() => void drain(), POLL_MS);
  timer.unref();
  void drain();

  return {
    publicUrl: options.publicUrl,
    wake: () => void drain(),
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await current;
      transport.close();
    },
  };
}

/** The parts of nodemailer's errors that say what went wrong (its `SMTPError` fields). */
const SmtpError = z.object({
  message: z.string(),
  code: z.string().optional(),
  responseCode: z.number().optional(),
  response: z.string().optional(),
});

/** What went wrong, without anything the transport was configured with. */
export function describeSendError(error: unknown): string {
  const known = SmtpError.safeParse(error);
  if (!known.success) return "sending failed";
  const { code, responseCode, response, message } = known.data;
  return [code, responseCode, response ?? message]
    .filter((part) => part !== undefined)
    .join(" ")
    .slice(0, 500);
}
