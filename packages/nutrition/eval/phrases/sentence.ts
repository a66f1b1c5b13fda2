import type { FoodPhrase } from '../phrase.js';
import { EVENING_SENTENCES } from './sentence-evening.js';
import { MIDDAY_SENTENCES } from './sentence-midday.js';
import { MORNING_SENTENCES } from './sentence-morning.js';

/**
 * Whole-sentence meal descriptions: filler and adjectives, several foods, brands and chain items,
 * packaging portions, decimal amounts and numbers that describe a food.
 */
export const SENTENCE_PHRASES: readonly FoodPhrase[] = [
  ...MORNING_SENTENCES,
  ...MIDDAY_SENTENCES,
  ...EVENING_SENTENCES,
];
