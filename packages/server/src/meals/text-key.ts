/**
 * What makes two meal texts "the same meal" for the recent list: case and spacing do not count
 * ("Two  eggs " is "two eggs"). Stored beside the text (meal_logs.text_key), because neither
 * dialect can collapse whitespace in an index expression, and SQLite's lower() knows ASCII only.
 */
export const mealTextKey = (rawInput: string): string =>
  rawInput.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
