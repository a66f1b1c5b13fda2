/**
 * Finds the food's measure a text means. Measures are named by USDA's head phrases
 * (`small_single_serving_bag`, `juice_box`, `large_slice`, `medium_fillet`), so a text's unit is
 * matched by its noun and the words around it: "a small bag of chips" finds the small single
 * serving bag, "a juice box" the juice box, "a thick slice" the thick slice.
 */
import type { Food, Portion } from '../foods/food.js';
import type { Size } from './modifiers.js';

/** Words USDA uses in measure names for each size a text can state. */
const SIZE_MEASURE_WORDS: Readonly<Record<Size, readonly string[]>> = {
  small: ['small', 'mini', 'miniature', 'snack', 'fun', 'thin', 'kid', 'kids', 'child'],
  medium: ['medium', 'regular'],
  large: ['large', 'big', 'thick'],
  extra_large: ['extra', 'jumbo', 'king', 'giant'],
};

const unitWords = new WeakMap<Portion, readonly string[]>();

/** A measure's words, split once per measure: lookups run for every item of every meal. */
function wordsOf(portion: Portion): readonly string[] {
  let words = unitWords.get(portion);
  if (words === undefined) {
    words = portion.unit.split('_');
    unitWords.set(portion, words);
  }
  return words;
}

export function exactMeasure(food: Food, unit: string): Portion | undefined {
  return food.portions.find((portion) => portion.unit === unit);
}

function score(portion: Portion, size: Size | null, hints: ReadonlySet<string>): number {
  const words = wordsOf(portion);
  let points = 0;
  if (size !== null && SIZE_MEASURE_WORDS[size].some((word) => words.includes(word))) points += 4;
  // A plural said matches a singular measure word: "kids" fries are the `kid_serving`.
  for (const word of words) if (hints.has(word) || hints.has(`${word}s`)) points += 1;
  // Fewer unmatched words is closer to what was said: "bag" prefers `bag` to `bag_cadbury_mini_egg`.
  return points - 0.01 * words.length;
}

const MEASURING_VOLUMES = new Set(['cup', 'tbsp', 'tsp', 'fl_oz']);

export type MeasureMatch = { portion: Portion; sized: boolean };

/** Nouns USDA may use for the same packaging as the text: a "pack" is its "package" or "packet". */
const NOUN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  package: ['packet', 'bag', 'box'],
  packet: ['package', 'pouch'],
  bag: ['package', 'packet'],
  box: ['carton', 'package', 'container'],
  carton: ['box', 'container'],
  tub: ['container', 'cup'],
  pouch: ['packet', 'package', 'box'],
  tube: ['container', 'pouch'],
  container: ['tub', 'cup', 'carton'],
  jar: ['container'],
};

/**
 * The measure named by `noun` ("bag", "slice", "box"), best fitting the size and the other words
 * said; `sized` tells whether the measure itself carries the size (no scaling needed then).
 */
export function findMeasure(
  food: Food,
  noun: string,
  size: Size | null,
  hints: ReadonlySet<string>,
  /** Only measures ending in the noun ("4_inch_pancake"), not starting with it ("melon_ball"). */
  nounLast = false,
): MeasureMatch | undefined {
  const match = findByNoun(food, noun, size, hints, nounLast);
  if (match !== undefined) return match;
  for (const alias of NOUN_ALIASES[noun] ?? []) {
    const aliased = findByNoun(food, alias, size, hints);
    // A container may be a "snack cup" or a "fruit cup", never the measuring cup: a single-serve
    // cup of peanut butter is not 256 g.
    if (aliased !== undefined && !MEASURING_VOLUMES.has(aliased.portion.unit)) return aliased;
  }
  return undefined;
}

function findByNoun(
  food: Food,
  noun: string,
  size: Size | null,
  hints: ReadonlySet<string>,
  nounLast = false,
): MeasureMatch | undefined {
  let best: Portion | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const portion of food.portions) {
    const words = wordsOf(portion);
    if (words[words.length - 1] !== noun && (nounLast || words[0] !== noun)) continue;
    const points = score(portion, size, hints);
    if (points > bestScore) {
      best = portion;
      bestScore = points;
    }
  }
  if (best === undefined) return undefined;
  const sized = size !== null && SIZE_MEASURE_WORDS[size].some((word) => wordsOf(best).includes(word));
  return { portion: best, sized };
}

/** "a large coffee", "a small fries": the measure named by the size alone (`large`, `large_drink`). */
export function findSizedMeasure(food: Food, size: Size, hints: ReadonlySet<string>): Portion | undefined {
  const exact = exactMeasure(food, size);
  if (exact !== undefined) return exact;
  let best: Portion | undefined;
  let bestScore = 0;
  for (const portion of food.portions) {
    const first = wordsOf(portion)[0] ?? '';
    if (!SIZE_MEASURE_WORDS[size].includes(first) && !(size === 'extra_large' && first === 'extra')) continue;
    const points = score(portion, size, hints);
    if (points > bestScore) {
      best = portion;
      bestScore = points;
    }
  }
  return best;
}
