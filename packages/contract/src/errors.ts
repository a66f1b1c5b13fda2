import type { MealLog } from './meal-log.js';

/**
 * The one catalog of error codes the API and the socket speak. HTTP answers carry them in an
 * RFC 9457 problem document; the socket carries them in an `error` frame.
 */
export const ERROR_CATALOG = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  unauthorized: { status: 401, title: 'Authentication is required' },
  invalid_credentials: { status: 401, title: 'Email or password is wrong' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  email_taken: { status: 409, title: 'This email is already registered' },
  meal_processing: { status: 409, title: 'The meal log is being processed' },
  meal_failed: { status: 409, title: 'The meal log failed to process' },
  cursor_expired: { status: 410, title: 'The cursor is older than what the stream keeps' },
  precondition_failed: { status: 412, title: 'The meal log changed since the version given' },
  precondition_required: { status: 428, title: 'If-Match is required' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'The request body must be JSON' },
  headers_too_large: { status: 431, title: 'The request headers are too large' },
  request_timeout: { status: 408, title: 'The request did not arrive in time' },
  rate_limited: { status: 429, title: 'Too many requests' },
  too_many_connections: { status: 429, title: 'Too many open connections for this user' },
  internal_error: { status: 500, title: 'Internal error' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
  storage_unavailable: { status: 503, title: 'Storage cannot take writes right now' },
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export type ProblemFieldError = { path: string; message: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: ProblemFieldError[];
  /** precondition_failed: the meal log as it is now. */
  current?: MealLog;
  /** cursor_expired: the stream head to continue from. */
  head?: number;
};

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The `type` URI of a problem: a stable, documented page per code. */
export const problemType = (code: ErrorCode): string =>
  `https://fitiq.dev/problems/${code.replaceAll('_', '-')}`;
