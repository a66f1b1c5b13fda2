import type { MealItem } from '@fitiq/contract';

/**
 * An item as a parser names it. The processor makes it a meal's item: an id, the food's measures,
 * `source`, and the user's remembered portion where the parser had to assume the amount.
 */
export type ParsedMealItem = Omit<MealItem, 'id' | 'measures' | 'source'>;

export type ParseOutcome =
  | { kind: 'parsed'; items: ParsedMealItem[] }
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
