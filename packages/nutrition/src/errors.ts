/**
 * The two ways a parser can fail besides `no_food_found`. The split decides what the caller does:
 * retry later with backoff, or fail the meal with `processing_error`.
 */

/** Timeouts, 429, 5xx and network failures: worth retrying later. */
export class TemporaryParserError extends Error {
  override readonly name = 'TemporaryParserError';
  /** HTTP status when the failure came from the API, `null` for timeouts and network errors. */
  readonly status: number | null;
  /** From the `Retry-After` header, so the caller's backoff can wait at least that long. */
  readonly retryAfterMs: number | null;

  constructor(
    message: string,
    options: { status?: number; retryAfterMs?: number | null; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

/** Malformed output after one retry, or a 4xx the request itself caused: retrying will not help. */
export class PermanentParserError extends Error {
  override readonly name = 'PermanentParserError';
  readonly status: number | null;

  constructor(message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = options.status ?? null;
  }
}
