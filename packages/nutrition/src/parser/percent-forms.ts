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

/**
 * Dairy records that name their fat in words ("Yogurt, Greek, plain, lowfat"): the milkfat each word
 * stands for, so "2% greek yogurt" is the lowfat record and "0%" the nonfat one. Longest first.
 */
const FAT_WORDS: readonly (readonly [RegExp, number])[] = [
  [/\b(nonfat|non-fat|fat free|fat-free|skim milk|skim)\b/, 0],
  [/\b(lowfat|low fat|low-fat)\b/, 1.5],
  [/\breduced fat\b/, 2],
  [/\bwhole milk\b/, 3.5],
];

/** "5% greek yogurt" is the whole milk one (3.5); "10%" names no record. */
const MAX_FAT_POINTS_OFF = 2;

/** The fat word of a description and the milkfat it stands for, or null. */
function fatWordOf(description: string): { template: string; percent: number } | null {
  const lower = description.toLowerCase();
  for (const [word, percent] of FAT_WORDS) {
    // Numbers blanked too: SR's plain yogurts differ in their protein per 8 oz as well.
    if (word.test(lower)) return { template: lower.replace(word, '#').replace(/[0-9]+/g, '#'), percent };
  }
  return null;
}

/** The description with its numbers blanked: siblings share it ("beef, ground, #% lean meat..."). */
const templateOf = (description: string) =>
  description
    .toLowerCase()
    .replace(/\s*-\s*/g, '-')
    .replace(/\s*\/\s*/g, '/')
    .replace(/[0-9]+(\.[0-9]+)?/g, '#');

const firstNumber = (description: string) => Number(/[0-9]+/.exec(description)?.[0] ?? Number.NaN);

const siblingsByDatabase = new WeakMap<FoodDatabase, Map<string, Food[]>>();
const fatSiblingsByDatabase = new WeakMap<FoodDatabase, Map<string, Food[]>>();

function fatSiblingsOf(database: FoodDatabase, template: string): readonly Food[] {
  let byTemplate = fatSiblingsByDatabase.get(database);
  if (byTemplate === undefined) {
    byTemplate = new Map();
    for (const each of database.foods) {
      const fat = fatWordOf(each.description);
      if (fat !== null) byTemplate.set(fat.template, [...(byTemplate.get(fat.template) ?? []), each]);
    }
    fatSiblingsByDatabase.set(database, byTemplate);
  }
  return byTemplate.get(template) ?? [];
}

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
    if (value >= 0 && value < 100) return value;
  }
  return null;
}

/**
 * The sibling record of `food` for the percentage said, or `food` itself. A sibling without the
 * measure the text counts in (`unit`: "2 squares" of chocolate) borrows it from `food`.
 */
export function percentForm(
  database: FoodDatabase,
  food: Food,
  percent: number | null,
  unit: string | null = null,
): Food {
  if (percent === null) return food;
  if (!/[0-9]+%/.test(food.description)) return fatWordForm(database, food, percent);
  let best = food;
  let bestOff = Math.abs(firstNumber(food.description) - percent);
  for (const sibling of siblingsOf(database, food)) {
    const off = Math.abs(firstNumber(sibling.description) - percent);
    if (off < bestOff) {
      best = sibling;
      bestOff = off;
    }
  }
  if (bestOff > MAX_POINTS_OFF) return food;
  return unit === null ? best : withMeasureOf(best, food, unit);
}

/**
 * `sibling` able to count in `unit` as `food` does: "2 squares of 70% dark chocolate" is the 70-85%
 * record, and its squares weigh what the named chocolate's do, since USDA gives squares for one
 * of the two only. Siblings differ in what they are made of, not in the shape they come in.
 */
function withMeasureOf(sibling: Food, food: Food, unit: string): Food {
  if (sibling === food || sibling.portions.some((portion) => portion.unit === unit)) return sibling;
  const measure = food.portions.find((portion) => portion.unit === unit);
  return measure === undefined ? sibling : { ...sibling, portions: [...sibling.portions, measure] };
}

/** "greek yogurt, 2%": the sibling whose fat word stands for the milkfat said, or `food` itself. */
function fatWordForm(database: FoodDatabase, food: Food, percent: number): Food {
  const fat = fatWordOf(food.description);
  if (fat === null) return food;
  let best = food;
  let bestOff = Math.abs(fat.percent - percent);
  for (const sibling of fatSiblingsOf(database, fat.template)) {
    const off = Math.abs((fatWordOf(sibling.description)?.percent ?? Number.POSITIVE_INFINITY) - percent);
    if (off < bestOff || (off === bestOff && sibling.curated && !best.curated)) {
      best = sibling;
      bestOff = off;
    }
  }
  return bestOff <= MAX_FAT_POINTS_OFF ? best : food;
}
