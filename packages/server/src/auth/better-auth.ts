import { PASSWORD_MIN_LENGTH } from "@orrery/contracts/account";
import type { Db } from "../store/database.js";
import { account, rateLimit, session, user, verification } from "../store/schema/auth-tables.js";

/** The header we set to the caller's address; any value a client sends is replaced. */
export const CLIENT_IP_HEADER = "x-orrery-client-ip";

export interface AuthOptions {
  readonly db: Db;
  readonly secret: string;
  readonly publicUrl: URL;
  readonly trustedOrigins: readonly string[];
  readonly signInPerMinute: number;
  /** Where better-auth's own messages go, so they follow the server's log level and format. */
  readonly log: (level: "debug" | "info" | "warn" | "error", message: string) => void;
}

/**
 * better-auth owns passwords (scrypt hashes), sessions (httpOnly SameSite=Lax cookies, Secure
 * over https), the sign-in rate limit and its CSRF/origin checks. Sign-up is closed: accounts
 * come from the setup page, the bootstrap variables and invitations. Imported from
 * `better-auth/minimal`: with the Drizzle adapter we need none of its Kysely layer, and leaving it
 * out saves about a third of a second of every start.
 */
export async function createAuth(options: AuthOptions) {
  // Loaded here, once the server already listens, so the start-up work overlaps (about half a
  // second of module loading while PGlite compiles its WebAssembly in the background).
  const [{ betterAuth }, { drizzleAdapter }] = await Promise.all([
    import("better-auth/minimal"),
    import("better-auth/adapters/drizzle"),
  ]);
  const https = options.publicUrl.protocol === "https:";
  return betterAuth({
    appName: "Orrery",
    baseURL: options.publicUrl.origin,
    basePath: "/api/auth",
    secret: options.secret,
    trustedOrigins: [...options.trustedOrigins],
    database: drizzleAdapter(options.db, {
      provider: "pg",
      schema: { user, session, account, verification, rateLimit },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: PASSWORD_MIN_LENGTH,
      maxPasswordLength: 128,
      revokeSessionsOnPasswordReset: true,
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      // Explicit: better-auth enables it only when NODE_ENV is production. The counters live in
      // the database so every app node shares them.
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInPerMinute },
        "/change-password": { window: 60, max: options.signInPerMinute },
      },
    },
    advanced: {
      useSecureCookies: https,
      cookiePrefix: "orrery",
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    telemetry: { enabled: false },
    logger: { log: (level, message) => options.log(level, message) },
  });
}

export type Auth = Awaited<ReturnType<typeof createAuth>>;
