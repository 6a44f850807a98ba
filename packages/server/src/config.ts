import { isAbsolute, join, resolve } from "node:path";
import { z } from "zod";
import type { S3Settings } from "./documents/s3-blob-store.js";

/**
 * Everything the server reads from the environment, parsed once at start. docs/operations.md
 * lists the same variables; keep the two in step.
 */
export interface Config {
  readonly host: string;
  readonly port: number;
  /** The address people open; links in e-mails and on the console, cookie security, CSRF origin. */
  readonly publicUrl: URL;
  readonly store: StoreConfig;
  readonly admin: BootstrapAdmin | null;
  readonly orgName: string;
  /** Requests per minute per caller on /api/v1; 0 turns the API limit off (sign-in keeps its own). */
  readonly apiRateLimitPerMinute: number;
  /** Sign-in and password-change attempts per minute per client address; cannot be turned off. */
  readonly signInRateLimitPerMinute: number;
  readonly authSecret: string | null;
  readonly trustProxy: boolean;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Folder of the built web app; null means the default beside the server package. */
  readonly webDir: string | null;
  readonly dbPoolSize: number;
  /**
   * How long a node remembers a token or membership it has looked up. Revocations and role
   * changes reach every node at once regardless; 0 looks them up on every request.
   */
  readonly authCacheSeconds: number;
  readonly documents: DocumentConfig;
  /** Where notification e-mail is sent; null turns e-mail off (in-app notifications remain). */
  readonly smtp: SmtpConfig | null;
}

export interface SmtpConfig {
  /** `smtp://user:password@host:587` or `smtps://…:465`; holds credentials, so never logged. */
  readonly url: string;
  /** The From address: `Orrery <orrery@example.com>`. */
  readonly from: string;
}

/** Where document bytes go, and what is taken. */
export interface DocumentConfig {
  readonly storage: DocumentStorageConfig;
  /** The largest file taken, in bytes (ORRERY_DOCUMENT_MAX_BYTES). */
  readonly maxBytes: number;
  /** A command run on every upload before it is stored; a non-zero exit refuses it. */
  readonly scanCommand: string | null;
}

/**
 * The data directory beside the embedded store, the database itself with PostgreSQL, or an
 * S3-compatible bucket whenever ORRERY_S3_BUCKET is set.
 */
export type DocumentStorageConfig =
  | { readonly kind: "file"; readonly dir: string }
  | { readonly kind: "postgres" }
  | ({ readonly kind: "s3" } & S3Settings);

export type StoreConfig =
  | { readonly kind: "pglite"; readonly dataDir: string }
  | { readonly kind: "postgres"; readonly url: string };

export interface BootstrapAdmin {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  /** Becomes one of the admin's API tokens, verbatim, so automation can start at once. */
  readonly token: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n  ${problems.join("\n  ")}`);
    this.name = "ConfigError";
  }
}

/** An environment variable that is unset, empty or blank counts as not given. */
function variable<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
    schema,
  );
}

const Env = z.object({
  ORRERY_HOST: variable(z.string().default("127.0.0.1")),
  ORRERY_PORT: variable(z.coerce.number().int().min(0).max(65_535).default(4280)),
  ORRERY_PUBLIC_URL: variable(z.url({ protocol: /^https?$/ }).optional()),
  ORRERY_DATA_DIR: variable(z.string().default(".orrery")),
  DATABASE_URL: variable(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  ORRERY_ADMIN_EMAIL: variable(z.email("must be an e-mail address").optional()),
  ORRERY_ADMIN_PASSWORD: variable(
    z.string().min(10, "must be at least 10 characters").max(128).optional(),
  ),
  ORRERY_ADMIN_NAME: variable(z.string().max(120).default("Administrator")),
  ORRERY_ORG_NAME: variable(z.string().max(120).default("My organisation")),
  ORRERY_BOOTSTRAP_TOKEN: variable(
    z
      .string()
      .startsWith("orr_", "must start with orr_")
      .min(36, "must be at least 36 characters")
      .max(200)
      .optional(),
  ),
  ORRERY_API_RATE_LIMIT: variable(z.coerce.number().int().min(0).default(1200)),
  ORRERY_SIGN_IN_RATE_LIMIT: variable(z.coerce.number().int().min(1).max(1000).default(5)),
  ORRERY_AUTH_SECRET: variable(z.string().min(32, "must be at least 32 characters").optional()),
  ORRERY_TRUST_PROXY: variable(z.enum(["true", "false"]).default("false")),
  ORRERY_LOG_LEVEL: variable(
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  ORRERY_WEB_DIR: variable(z.string().optional()),
  ORRERY_DB_POOL_SIZE: variable(z.coerce.number().int().min(1).max(200).default(10)),
  ORRERY_AUTH_CACHE_SECONDS: variable(z.coerce.number().int().min(0).max(3600).default(30)),
  ORRERY_SMTP_URL: variable(
    z
      .string()
      .regex(/^smtps?:\/\/[^/]+/, "must be an smtp:// or smtps:// URL")
      .refine((v) => URL.canParse(v), "must be an smtp:// or smtps:// URL")
      .optional(),
  ),
  ORRERY_SMTP_FROM: variable(z.string().max(320).optional()),
  ORRERY_DOCUMENT_MAX_BYTES: variable(
    z.coerce
      .number()
      .int()
      .min(1)
      .max(5 * 1024 ** 3)
      .default(25 * 1024 * 1024),
  ),
  ORRERY_SCAN_COMMAND: variable(z.string().optional()),
  ORRERY_S3_ENDPOINT: variable(z.url({ protocol: /^https?$/ }).optional()),
  ORRERY_S3_BUCKET: variable(z.string().max(63).optional()),
  ORRERY_S3_REGION: variable(z.string().default("us-east-1")),
  ORRERY_S3_ACCESS_KEY_ID: variable(z.string().optional()),
  ORRERY_S3_SECRET_ACCESS_KEY: variable(z.string().optional()),
  ORRERY_S3_PREFIX: variable(z.string().max(200).default("")),
  ORRERY_S3_PATH_STYLE: variable(z.enum(["true", "false"]).default("true")),
});

/** Reads the configuration from environment variables; relative paths resolve against `cwd`. */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (Boolean(e.ORRERY_ADMIN_EMAIL) !== Boolean(e.ORRERY_ADMIN_PASSWORD)) {
    problems.push("ORRERY_ADMIN_EMAIL and ORRERY_ADMIN_PASSWORD must be set together");
  }
  if (e.ORRERY_BOOTSTRAP_TOKEN && !e.ORRERY_ADMIN_EMAIL) {
    problems.push("ORRERY_BOOTSTRAP_TOKEN needs ORRERY_ADMIN_EMAIL and ORRERY_ADMIN_PASSWORD");
  }
  if (e.ORRERY_SMTP_FROM && !e.ORRERY_SMTP_URL) {
    problems.push("ORRERY_SMTP_FROM needs ORRERY_SMTP_URL");
  }
  if (
    e.ORRERY_S3_BUCKET &&
    !(e.ORRERY_S3_ENDPOINT && e.ORRERY_S3_ACCESS_KEY_ID && e.ORRERY_S3_SECRET_ACCESS_KEY)
  ) {
    problems.push(
      "ORRERY_S3_BUCKET needs ORRERY_S3_ENDPOINT, ORRERY_S3_ACCESS_KEY_ID and ORRERY_S3_SECRET_ACCESS_KEY",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const publicUrl = new URL(e.ORRERY_PUBLIC_URL ?? `http://localhost:${e.ORRERY_PORT}`);
  const absolute = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  return {
    host: e.ORRERY_HOST,
    port: e.ORRERY_PORT,
    publicUrl,
    store: e.DATABASE_URL
      ? { kind: "postgres", url: e.DATABASE_URL }
      : { kind: "pglite", dataDir: absolute(e.ORRERY_DATA_DIR) },
    admin:
      e.ORRERY_ADMIN_EMAIL && e.ORRERY_ADMIN_PASSWORD
        ? {
            email: e.ORRERY_ADMIN_EMAIL.toLowerCase(),
            password: e.ORRERY_ADMIN_PASSWORD,
            name: e.ORRERY_ADMIN_NAME,
            token: e.ORRERY_BOOTSTRAP_TOKEN ?? null,
          }
        : null,
    orgName: e.ORRERY_ORG_NAME,
    apiRateLimitPerMinute: e.ORRERY_API_RATE_LIMIT,
    signInRateLimitPerMinute: e.ORRERY_SIGN_IN_RATE_LIMIT,
    authSecret: e.ORRERY_AUTH_SECRET ?? null,
    trustProxy: e.ORRERY_TRUST_PROXY === "true",
    logLevel: e.ORRERY_LOG_LEVEL,
    webDir: e.ORRERY_WEB_DIR ? absolute(e.ORRERY_WEB_DIR) : null,
    dbPoolSize: e.ORRERY_DB_POOL_SIZE,
    authCacheSeconds: e.ORRERY_AUTH_CACHE_SECONDS,
    smtp: e.ORRERY_SMTP_URL
      ? {
          url: e.ORRERY_SMTP_URL,
          from: e.ORRERY_SMTP_FROM ?? `Orrery <orrery@${publicUrl.hostname}>`,
        }
      : null,
    documents: {
      storage: documentStorageOf(e, absolute(e.ORRERY_DATA_DIR)),
      maxBytes: e.ORRERY_DOCUMENT_MAX_BYTES,
      scanCommand: e.ORRERY_SCAN_COMMAND ?? null,
    },
  };
}

function documentStorageOf(e: z.infer<typeof Env>, dataDir: string): DocumentStorageConfig {
  if (
    e.ORRERY_S3_BUCKET &&
    e.ORRERY_S3_ENDPOINT &&
    e.ORRERY_S3_ACCESS_KEY_ID &&
    e.ORRERY_S3_SECRET_ACCESS_KEY
  )
    return {
      kind: "s3",
      endpoint: e.ORRERY_S3_ENDPOINT,
      bucket: e.ORRERY_S3_BUCKET,
      region: e.ORRERY_S3_REGION,
      accessKeyId: e.ORRERY_S3_ACCESS_KEY_ID,
      secretAccessKey: e.ORRERY_S3_SECRET_ACCESS_KEY,
      prefix: e.ORRERY_S3_PREFIX,
      pathStyle: e.ORRERY_S3_PATH_STYLE === "true",
    };
  if (e.DATABASE_URL) return { kind: "postgres" };
  return { kind: "file", dir: join(dataDir, "documents") };
}
