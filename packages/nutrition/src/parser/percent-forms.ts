/**
 * "85% lean ground beef", "a 90/10 patty", "1% cottage cheese", "70% dark chocolate": the number
 * says which record. USDA names such siblings alike but for the number ("Beef, ground, 85% lean
 * meat / 15% fat, raw"), so the food chosen by name is swapped for its sibling whose number is
 * nearest the one said (96% lean is the 95% or 97% record), never further than a few points off.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';

/** How far the record's number may be from the one said: 96% lean is 95% or 97%, not 80%. */
const MAX_POINTS_OFF = 3;

/** The description with its numbers blanked: siblings share it ("beef, ground, #% lean meat..."). */
const templateOf = (description: string) =>
  description
    .toLowerCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[0-9]+(\.[0-9]+)?/g, '#');

const firstNumber = (description: string) => Number(/[0-9]+/.exec(description)?.[0] ?? Number.NaN);

const siblingsByDatabase = new WeakMap<FoodDatabase, Map<string, Food[]>>();

function siblingsOf(database: FoodDatabase, food: Food): readonly Food[] {
  let byTemplate = siblingsByDatabase.get(database);
  if (byTemplate === undefined) {
    byTemplate = new Map();
    for (const each of database.foods) {
      if (!/[0-9]+%/.test(each.description)) continue;
      const template = templateOf(each.description);
      byTemplate.set(template, [...(byTemplate.get(template) ?? []), each]);
    }
    siblingsByDatabase.set(database, byTemplate);
  }
  return byTemplate.get(templateOf(food.description)) ?? [];
}

/** The percentage a text said of a food: "85/15" or "85%"/"85 percent"; null when none. */
export function saidPercent(hints: ReadonlySet<string>): number | null {
  for (const hint of hints) {
    const ratio = /^([0-9]{1,2})\/([0-9]{1,2})$/.exec(hint);
    if (ratio !== null) return Number(ratio[1]);
  }
  if (!hints.has('%') && !hints.has('percent') && !hints.has('pct')) return null;
  for (const hint of hints) {
    const value = /^[0-9]{1,2}$/.test(hint) ? Number(hint) : Number.NaN;
    if (value > 0 && value < 100) return value;
  }
  return null;
}

/**
 * The sibling record of `food` for the percentage said, or `food` itself. A sibling without the
 * measure the text counts in (`unit`: "2 squares" of chocolate) is passed over: its grams would
 * be a guess.
 */
export function percentForm(
  database: FoodDatabase,
  food: Food,
  percent: number | null,
  unit: string | null = null,
): Food {
  if (percent === null || !/[0-9]+%/.test(food.description)) return food;
  const measures = (each: Food) =>
    unit === null ||
    !food.portions.some((portion) => portion.unit === unit) ||
    each.portions.some((portion) => portion.unit === unit);
  let best = food;
  let bestOff = Math.abs(firstNumber(food.description) - percent);
  for (const sibling of siblingsOf(database, food)) {
    if (!measures(sibling)) continue;
    const off = Math.abs(firstNumber(sibling.description) - percent);
    if (off < bestOff) {
      best = sibling;
      bestOff = off;
    }
  }
  return bestOff <= MAX_POINTS_OFF ? best : food;
}
