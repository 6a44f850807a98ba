/**
 * The stable codes of outcomes a caller of a domain operation must be told about. They know
 * nothing of HTTP: each edge maps every code once (the server's `statusFor`).
 */
export type DomainErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "stale-write"
  | "invalid"
  | "payload-too-large"
  | "unsupported-media-type"
  | "unavailable";

/** One field of the input and what is wrong with it. */
export interface FieldProblem {
  /** Dotted path of the field in the request, `budget.currency`, `tags.2`. */
  readonly path: string;
  readonly message: string;
}

/** An expected failure of a domain operation; match on `code`, never on the message. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
  /** A short, stable human title for the kind of problem. */
  abstract readonly title: string;
}

/** The caller is not signed in, or their credential is unknown, revoked or expired. */
export class Unauthenticated extends DomainError {
  readonly code = "unauthenticated";
  readonly title = "Sign-in required";
  constructor(detail = "sign in, or send an API token as `Authorization: Bearer <token>`") {
    super(detail);
  }
}

/** The caller is known but their role does not allow the operation. */
export class Forbidden extends DomainError {
  readonly code = "forbidden";
  readonly title = "Not allowed";
}

/** The entity does not exist, or the caller may not know that it does. */
export class NotFound extends DomainError {
  readonly code = "not-found";
  readonly title = "Not found";
  constructor(
    readonly entity: string,
    readonly id: string,
  ) {
    super(`no ${entity} ${JSON.stringify(id)} here`);
  }
}

/** The operation clashes with existing data (a taken key, the last admin leaving). */
export class Conflict extends DomainError {
  readonly code = "conflict";
  readonly title = "Conflict";
  constructor(
    detail: string,
    /** The fields whose values clash with existing data, when there are such fields. */
    readonly errors: readonly FieldProblem[] = [],
  ) {
    super(detail);
  }
}

/** The entity changed since the caller read it; the write was not applied. */
export class StaleWrite extends DomainError {
  readonly code = "stale-write";
  readonly title = "Stale write";
  constructor(
    entity: string,
    /** In a change to many entities at once, which of them changed (`items.3`). */
    readonly errors: readonly FieldProblem[] = [],
  ) {
    super(`the ${entity} changed since you read it; fetch it again and reapply your change`);
  }
}

/** The input breaks a rule; each problem names its field. */
export class Invalid extends DomainError {
  readonly code = "invalid";
  readonly title = "Invalid request";
  constructor(
    readonly errors: readonly FieldProblem[],
    detail = errors.map((e) => `${e.path || "(body)"}: ${e.message}`).join("; "),
  ) {
    super(detail);
  }
}

/** The input is larger than a configured limit; the message names the limit. */
export class PayloadTooLarge extends DomainError {
  readonly code = "payload-too-large";
  readonly title = "Payload too large";
}

/** The input is of a kind the operation does not take; the message names the kind and what is taken. */
export class UnsupportedMediaType extends DomainError {
  readonly code = "unsupported-media-type";
  readonly title = "Unsupported media type";
}

/** The operation cannot run right now (still starting, store unreachable); try again. */
export class Unavailable extends DomainError {
  readonly code = "unavailable";
  readonly title = "Service unavailable";
}
