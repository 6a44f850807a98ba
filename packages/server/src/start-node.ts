import type { FastifyInstance } from "fastify";
import { hashPassword } from "./accounts/password-hash.js";
import { buildApp } from "./app.js";
import { AccessCache } from "./auth/access-cache.js";
import { type Auth, createAuth } from "./auth/better-auth.js";
import type { Config } from "./config.js";
import { openDocumentStorage } from "./documents/document-storage.js";
import { type EventBus, inProcessEventBus } from "./events/event-bus.js";
import { postgresEventBus } from "./events/postgres-event-bus.js";
import { loadAuthSecret } from "./instance/auth-secret.js";
import { type MailSender, startMailSender } from "./notifications/mail-sender.js";
import { startOverdueSweep } from "./notifications/overdue-report-sweep.js";
import { Runtime } from "./runtime.js";
import type { EmbeddedStoreOpening, ReadyState, RunningServer, StartOptions } from "./server.js";
import { bootstrapAdmin, issueSetupLink } from "./setup/setup-service.js";
import { maintainEmbeddedStore } from "./store/embedded-maintenance.js";
import { migrate } from "./store/migrator.js";
import { openPostgresStore } from "./store/postgres-store.js";
import type { Store } from "./store/store.js";
import { recordTokenUses } from "./tokens/token-store.js";
import { TokenUseRecorder } from "./tokens/token-use-recorder.js";

/** Tokens and memberships a node remembers at most (each); see `AccessCache`. */
const ACCESS_CACHE_ENTRIES = 10_000;

/**
 * The rest of `startServer`, once the embedded store (if any) is locked and opening: builds the
 * app and listens, then opens and migrates the store, bootstraps the first admin and goes
 * ready. Listening first lets probes see a starting node (`/healthz` 200, `/readyz` 503).
 */
export async function startNode(
  config: Config,
  options: StartOptions,
  embedded: EmbeddedStoreOpening | null,
): Promise<RunningServer> {
  const runtime = new Runtime();
  const opening = embedded?.store ?? null;
  const { app, routes } = await buildApp({ config, runtime, logStream: options.logStream });
  embedded?.reportErrorsTo((error) => app.log.error({ err: error }, "embedded store error"));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;

  let store: Store | null = null;
  let events: EventBus | null = null;
  let closing = false;
  let stopMaintenance = () => {};
  let tokenUses: TokenUseRecorder | null = null;
  let mail: MailSender | null = null;
  let sweep: { stop(): Promise<void> } | null = null;
  // A new store has no administrator yet: the one from ORRERY_ADMIN_* needs its password hashed
  // (a third of a second of scrypt, off this thread), which is done while the store opens.
  const adminPasswordHash =
    config.admin && embedded?.isNew ? hashPassword(config.admin.password) : null;
  adminPasswordHash?.catch(() => {});
  const ready = (async (): Promise<ReadyState> => {
    store = opening ? await opening : await connectWithRetry(config, app, () => closing);
    const report = await migrate(store.db);
    if (report.applied.length > 0) app.log.info({ migrations: report.applied }, "store migrated");
    if (report.unknown.length > 0) {
      app.log.warn(
        { migrations: report.unknown },
        "the store has migrations this version does not know (a newer node ran them)",
      );
    }
    const trustedOrigins = trustedOriginsOf(config.publicUrl);
    const access = new AccessCache({
      ttlMs: config.authCacheSeconds * 1000,
      maxEntries: ACCESS_CACHE_ENTRIES,
    });
    events =
      store.notifications === null
        ? inProcessEventBus(access)
        : await postgresEventBus(store.notifications, access, (error) =>
            app.log.error({ err: error }, "unreadable notification"),
          );
    const now = new Date();
    if (config.admin) {
      const outcome = await bootstrapAdmin(store.db, config.admin, config.orgName, now, {
        passwordHash: adminPasswordHash,
      });
      if (outcome === "created")
        app.log.info({ email: config.admin.email }, "first administrator created");
    }
    const setupUrl = await issueSetupLink(store.db, config.publicUrl, now);
    stopMaintenance = maintainEmbeddedStore(store, (error) =>
      app.log.error({ err: error }, "store maintenance failed"),
    );
    const db = store.db;
    tokenUses = new TokenUseRecorder({
      write: (uses) => recordTokenUses(db, uses),
      onError: (error) => app.log.warn({ err: error }, "could not record token use"),
    });
    const auth = once(async () =>
      createAuth({
        db,
        // Only better-auth signs with it, so it is read (or made) when better-auth loads.
        secret: await loadAuthSecret(db, config.authSecret),
        publicUrl: config.publicUrl,
        trustedOrigins,
        signInPerMinute: config.signInRateLimitPerMinute,
        log: (level, message) => app.log[level]({ component: "better-auth" }, message),
      }),
    );
    mail = config.smtp
      ? startMailSender({
          db,
          smtp: config.smtp,
          publicUrl: config.publicUrl,
          onError: (error) => app.log.error({ err: error }, "notification e-mail sender failed"),
        })
      : null;
    sweep = startOverdueSweep({ db, events, mail }, (error) =>
      app.log.error({ err: error }, "overdue status report sweep failed"),
    );
    const documents = openDocumentStorage(config.documents, store);
    runtime.set({
      config,
      store,
      auth,
      events,
      access,
      tokenUses,
      trustedOrigins,
      mail,
      documents,
    });
    // Not needed to be ready, so not waited for; the first session or sign-in waits if need be.
    auth().catch((error: unknown) => app.log.error({ err: error }, "cannot load better-auth"));
    app.log.info(
      { store: store.description, email: config.smtp ? "on" : "off (no ORRERY_SMTP_URL)" },
      "ready",
    );
    return { store, setupUrl, migrationsApplied: report.applied };
  })();
  // Callers await `ready`; this only keeps an early failure from being reported as unhandled.
  ready.catch(() => {});

  return {
    url: `http://${host}:${port}`,
    app,
    routes,
    ready,
    async close() {
      closing = true;
      stopMaintenance();
      runtime.clear();
      await app.close();
      await ready.catch(() => {});
      await tokenUses?.flush();
      await sweep?.stop();
      await mail?.stop();
      await events?.close();
      if (store) await store.close();
      else embedded?.release();
    },
  };
}

/**
 * PostgreSQL may come up after us (containers start in any order): keep trying, with backoff,
 * and stay unready meanwhile.
 */
async function connectWithRetry(
  config: Config,
  app: FastifyInstance,
  stopped: () => boolean,
): Promise<Store> {
  if (config.store.kind !== "postgres") throw new Error("not a PostgreSQL configuration");
  const url = config.store.url;
  for (let delay = 500; ; delay = Math.min(delay * 2, 30_000)) {
    try {
      return await openPostgresStore({
        url,
        poolSize: config.dbPoolSize,
        onError: (error) => app.log.error({ err: error }, "database connection error"),
      });
    } catch (error) {
      if (stopped()) throw error;
      app.log.error({ err: error, retryInMs: delay }, "cannot reach PostgreSQL yet");
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Browser origins allowed to use a session: the public address, and on a local install also
 * its 127.0.0.1/localhost twin, which people use interchangeably.
 */
export function trustedOriginsOf(publicUrl: URL): string[] {
  const origins = [publicUrl.origin];
  const twin = { localhost: "127.0.0.1", "127.0.0.1": "localhost" }[publicUrl.hostname];
  if (twin) {
    const other = new URL(publicUrl.origin);
    other.hostname = twin;
    origins.push(other.origin);
  }
  return origins;
}

/** Starts `load` on the first call and shares its result; a failure is retried next time. */
function once(load: () => Promise<Auth>): () => Promise<Auth> {
  let loading: Promise<Auth> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
