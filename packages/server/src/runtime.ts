import { Unavailable } from "@orrery/core/errors/domain-error";
import type { AccessCache } from "./auth/access-cache.js";
import type { Auth } from "./auth/better-auth.js";
import type { Config } from "./config.js";
import type { DocumentStorage } from "./documents/document-storage.js";
import type { EventBus } from "./events/event-bus.js";
import type { MailOutbox } from "./notifications/mail-outbox.js";
import type { Store } from "./store/store.js";
import type { TokenUseRecorder } from "./tokens/token-use-recorder.js";

/** Everything a request needs once the store is open and migrated. */
export interface Services {
  readonly config: Config;
  readonly store: Store;
  /**
   * better-auth, which only sessions and `/api/auth/*` need: it loads after the server is
   * ready (about half a second of modules), and the first such request waits for it.
   */
  readonly auth: () => Promise<Auth>;
  readonly events: EventBus;
  /** Notification e-mail; null when no SMTP server is configured. */
  readonly mail: MailOutbox | null;
  /** Remembered tokens and memberships; see `AccessCache`. */
  readonly access: AccessCache;
  readonly tokenUses: TokenUseRecorder;
  /** Where document bytes go, and the upload rules. */
  readonly documents: DocumentStorage;
  /** Addresses whose browser requests may carry our session cookie (CSRF check). */
  readonly trustedOrigins: readonly string[];
}

/**
 * The HTTP server listens before the store is ready, so probes can tell "alive" (`/healthz`)
 * from "ready" (`/readyz`). Until then every API call answers 503.
 */
export class Runtime {
  #services: Services | null = null;

  get ready(): boolean {
    return this.#services !== null;
  }

  set(services: Services): void {
    this.#services = services;
  }

  clear(): void {
    this.#services = null;
  }

  /** The services, or a 503 while the server is still starting. */
  services(): Services {
    if (!this.#services) throw new Unavailable("the server is starting; try again in a moment");
    return this.#services;
  }
}
