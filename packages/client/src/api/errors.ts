import type { ErrorCode, Problem } from '@fitiq/contract';

/** Codes of the errors the SDK raises itself, beside the server's problem codes. */
export type ClientErrorCode =
  | ErrorCode
  | 'network_error'
  | 'timeout'
  | 'auth_required'
  | 'protocol_error'
  | 'invalid_input'
  | 'closed';

/** The base of every error the SDK throws or reports: a stable `code` and whether a retry may help. */
export class FitIQError extends Error {
  constructor(
    readonly code: ClientErrorCode,
    message: string,
    readonly temporary: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The server answered with a problem document (RFC 9457); `problem` is it, as sent. */
export class ApiError extends FitIQError {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    /** From `Retry-After` on 429/503, in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(problem.code, problem.detail || problem.title, status === 429 || status >= 500);
  }
}

/** The request never got an answer: no network, connection reset, DNS, CORS. */
export class NetworkError extends FitIQError {
  constructor(message: string, cause?: unknown) {
    super('network_error', message, true, { cause });
  }
}

export class TimeoutError extends FitIQError {
  constructor(message: string) {
    super('timeout', message, true);
  }
}

/**
 * No usable token: none was given, or the server refused it and the app had no new one. Permanent
 * until the app calls `setToken`: retrying with the same token would only be refused again.
 */
export class AuthError extends FitIQError {
  constructor(message: string) {
    super('auth_required', message, false);
  }
}

/** The server said something the protocol does not allow (a bug on one side, never retried blindly). */
export class ProtocolError extends FitIQError {
  constructor(message: string) {
    super('protocol_error', message, true);
  }
}

/** Input the server would refuse anyway, caught before anything is stored or sent. */
export class InvalidInputError extends FitIQError {
  constructor(message: string) {
    super('invalid_input', message, false);
  }
}

export class ClosedError extends FitIQError {
  constructor() {
    super('closed', 'the client was closed', false);
  }
}

export const isAuthRejection = (error: unknown): boolean => error instanceof ApiError && error.status === 401;
