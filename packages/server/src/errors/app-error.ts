import { ERROR_CATALOG, type ErrorCode, type ProblemFieldError } from '@fitiq/contract';

/** An expected failure with a stable code from the catalog; mapped to problem+json in one place. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly fieldErrors?: ProblemFieldError[],
    readonly headers?: Record<string, string>,
    /**
     * Extension members of the problem document (RFC 9457 §3.2), e.g. `head` of cursor_expired,
     * `current` of precondition_failed.
     */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = ERROR_CATALOG[code].status;
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
