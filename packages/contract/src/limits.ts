/** The contract's numeric limits, in a module that imports nothing (browsers load it for free). */
export const RAW_INPUT_MAX_LENGTH = 1000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;
export const POLL_LIMIT_MAX = 500;
export const POLL_LIMIT_DEFAULT = 100;
export const POLL_WAIT_MAX_SECONDS = 30;

/**
 * Length as the contract counts it: in characters (Unicode code points), the way JSON Schema's
 * `maxLength` counts, so an emoji counts once where JavaScript's `length` counts two.
 */
export const characterCount = (text: string): number => {
  let count = 0;
  for (const _character of text) count++;
  return count;
};

/** Whether a meal text, once trimmed, is within the contract's 1 to RAW_INPUT_MAX_LENGTH characters. */
export const isRawInputLengthValid = (trimmed: string): boolean =>
  trimmed.length > 0 && characterCount(trimmed) <= RAW_INPUT_MAX_LENGTH;

/** Editing a meal (v1.1): an item's amount, and how many items one meal holds. */
export const ITEM_QUANTITY_MAX = 100;
export const ITEM_GRAMS_MAX = 5000;
export const MEAL_ITEMS_MAX = 50;
export const CUSTOM_ITEM_NAME_MAX_LENGTH = 100;

/** Food search (v1.1). */
export const FOOD_SEARCH_LIMIT_MAX = 50;
export const FOOD_SEARCH_LIMIT_DEFAULT = 10;
export const FOOD_QUERY_MAX_LENGTH = 100;

/** Recent meals and the summary (v1.1). */
export const RECENT_MEALS_LIMIT_MAX = 50;
export const RECENT_MEALS_LIMIT_DEFAULT = 20;
export const SUMMARY_RANGE_MAX_DAYS = 366;

/** The units every food takes besides its own measures. */
export const MASS_UNITS = ['g', 'kg', 'oz', 'lb'] as const;
