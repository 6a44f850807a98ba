/**
 * Exit codes are a contract with scripts: 0 ok, 1 the operation failed, 2 the caller's usage or
 * input was wrong. Commands throw these; `main` prints the one-line message and exits with the code.
 */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: typeof EXIT_FAILURE | typeof EXIT_USAGE,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "CliError";
  }
}

/** Bad usage or bad input: a wrong flag, an unreadable file, a value that fails validation. */
export function usageError(message: string, options?: ErrorOptions): CliError {
  return new CliError(message, EXIT_USAGE, options);
}

/** The request was understood but did not succeed: server refused, network down, conflict. */
export function failure(message: string, options?: ErrorOptions): CliError {
  return new CliError(message, EXIT_FAILURE, options);
}
