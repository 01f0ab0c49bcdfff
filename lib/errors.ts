/**
 * An expected failure with a message safe to show: route handlers map `status` to the
 * response, forms show `message`. Anything else thrown is unexpected: logged, never shown.
 */
export class AppError extends Error {
  constructor(
    /** A stable code for logs and tests, e.g. `auth:rate-limited`. */
    readonly code: string,
    /** Shown to the user as it is: never a database message or a stack. */
    readonly publicMessage: string,
    readonly status: number = 400,
  ) {
    super(`${code}: ${publicMessage}`);
    this.name = 'AppError';
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
