import type { MealItem } from '@fitiq/contract';

export type ParseOutcome =
  | { kind: 'parsed'; items: MealItem[] }
  /** The text names no food; the meal fails with this code and message, no retry. */
  | { kind: 'rejected'; code: string; message: string };

/**
 * The AI step behind a port. A thrown TemporaryParseError is retried with backoff; any other thrown
 * error is treated as temporary too, up to the attempt limit, then the meal fails with processing_error.
 */
export interface MealParser {
  parse(text: string, signal: AbortSignal): Promise<ParseOutcome>;
}

export class TemporaryParseError extends Error {}
