/**
 * Turns an amount into grams of one food. Mass units convert directly; volume goes through the
 * food's own measures (a cup of rice is not a cup of milk); household units and sizes find the
 * food's USDA measure by its noun and the words said with it ("a small single-serving bag"), and
 * fall back to its usual portion with less confidence.
 */
import type { Food, Portion } from '../foods/food.js';
import type { Amount } from './amount.js';
import { exactMeasure, findMeasure, findSizedMeasure } from './measure-lookup.js';
import { CONTAINER_SIZE_FACTOR, SIZE_FACTOR, type Size } from './modifiers.js';
import { type Unit, unitFromWords, volumeUnitMl } from './units.js';

export type PortionReading = {
  grams: number;
  quantity: number;
  unit: string;
  /** How much confidence the conversion loses: 0 for an exact portion, more for fallbacks. */
  doubt: number;
  /** The text named no size and the measure chosen has one ("an apple" is a medium one). */
  sizeAssumed: boolean;
};

/** Volume measures whose size is standard, best first; a "bowl" or "glass" varies more. */
const MEASURING_UNITS = ['cup', 'fl_oz', 'tbsp', 'tsp', 'pint', 'shot', 'glass', 'can', 'bottle', 'bowl'];
/** USDA's fluid-ounce measure is written `fl_oz` in the table, `fl oz` by the unit reader. */
const FLUID_OUNCE_ML = 29.5735;

/** Grams per handful when the food does not say: an ounce, the usual serving of nuts. */
const HANDFUL_GRAMS = 28.35;
/** Units that mean "one of whatever the food comes in". */
const GENERIC_UNITS = new Set([
  'piece',
  'serving',
  'container',
  'order',
  'packet',
  'package',
  'bag',
  'box',
  'pouch',
  'tub',
  'carton',
  'jar',
  'tube',
]);
/** Beans with no amount: half a cup (FNDDS's unstated serving of beans, about 90 g). */
const BEANS_CUPS = 0.5;
/** "some" fruit is half a cup. */
const SOME_FRUIT_CUPS = 0.5;
/** A side with no serving of its own is half a cup; a side of a sauce, two tablespoons. */
const SIDE_CUPS = 0.5;
const SIDE_TBSP = 2;
const SAUCES = new Set<Food['category']>(['condiments', 'fats_oils']);
/** A scoop the food does not measure is half a cup (ice cream's scoop). */
const SCOOP_CUPS = 0.5;

export function defaultPortion(food: Food): Portion {
  return (
    exactMeasure(food, food.defaultPortion) ??
    food.portions[0] ?? { unit: 'serving', label: '100 g', grams: 100 }
  );
}

/** Grams per millilitre of this food, from a volume measure it lists, else as water. */
function gramsPerMl(food: Food): { value: number; doubt: number } {
  for (const unit of MEASURING_UNITS) {
    const portion = exactMeasure(food, unit);
    const ml = unit === 'fl_oz' ? FLUID_OUNCE_ML : volumeUnitMl(unit);
    if (portion !== undefined && ml !== null) return { value: portion.grams / ml, doubt: 0.05 };
  }
  // Water-like is a fair guess for drinks and soups and a poor one for solids: say so.
  return { value: 1, doubt: food.category === 'drinks' || food.category === 'alcohol' ? 0.1 : 0.25 };
}

const reading = (grams: number, quantity: number, unit: string, doubt: number, sizeAssumed = false) => ({
  grams,
  quantity,
  unit,
  doubt,
  sizeAssumed,
});

export function portionGrams(food: Food, amount: Amount): PortionReading {
  const count = amount.count ?? 1;
  const unit = amount.unit;
  if (unit === null) return unitlessGrams(food, count, amount);
  if (unit.kind === 'mass') return massReading(food, count, unit.name, unit.grams);
  // A scoop of ice cream is half a cup by convention, whatever scoop a record lists; a food
  // without cups (protein powder) has its own scoop.
  const cup = unit.name === 'scoop' ? exactMeasure(food, 'cup') : undefined;
  if (cup !== undefined) return reading(count * cup.grams * SCOOP_CUPS, count, 'scoop', 0.05);
  if (unit.name === 'whole') {
    const whole = wholeMeasure(food, amount.size);
    if (whole !== undefined) return reading(count * whole.grams, count, whole.unit, 0.05);
    return portionGrams(food, { ...amount, unit: PIECE });
  }
  const listed = findMeasure(food, unit.name, amount.size, amount.hints);
  if (listed !== undefined) {
    const factor = amount.size === null || listed.sized ? 1 : sizeFactorFor(unit.name, amount.size);
    return reading(count * listed.portion.grams * factor, count, listed.portion.unit, 0);
  }
  const sizeFactor = amount.size === null ? 1 : sizeFactorFor(unit.name, amount.size);
  if (unit.kind === 'volume') {
    const density = gramsPerMl(food);
    return reading(count * unit.ml * density.value * sizeFactor, count, unit.name, density.doubt);
  }
  if (unit.name === 'handful') return reading(count * HANDFUL_GRAMS * sizeFactor, count, 'handful', 0.1);
  if (unit.name === 'side') return sideReading(food, count, sizeFactor);
  const fallback = defaultPortion(food);
  const doubt = GENERIC_UNITS.has(unit.name) ? 0.05 : 0.15;
  return reading(count * fallback.grams * sizeFactor, count, unit.name, doubt);
}

/** USDA's patty measure: what a patty made of a quarter pound of raw meat weighs cooked. */
const QUARTER_POUND_PATTY = /yield from 1\/4 lb raw/;
const QUARTER_POUND = 0.25;

/**
 * A weight in grams of the food as eaten, except that a patty weighed in pounds ("a quarter pound
 * patty", "a half-pound burger") is named by its raw meat, as burgers are sold: it is USDA's
 * cooked yield of that much raw meat.
 */
function massReading(food: Food, count: number, unit: string, gramsPerUnit: number): PortionReading {
  const patty =
    unit === 'lb' ? food.portions.find((portion) => QUARTER_POUND_PATTY.test(portion.label)) : undefined;
  if (patty !== undefined && count <= 1) {
    const patties = count / QUARTER_POUND;
    return reading(patties * patty.grams, patties, patty.unit, 0.05);
  }
  return reading(count * gramsPerUnit, count, unit, 0);
}

/**
 * "A side of" a food is the portion served beside a main dish: FNDDS's "Quantity not specified",
 * which is what people reported eating of it; a fast-food side is its order; else half a cup.
 */
function sideReading(food: Food, count: number, sizeFactor: number): PortionReading {
  // A side of a sauce, a spread or a topping served by the spoonful is its ramekin, two tablespoons.
  const spooned = SAUCES.has(food.category) || defaultPortion(food).unit === 'tbsp';
  const tbsp = spooned ? exactMeasure(food, 'tbsp') : undefined;
  if (tbsp !== undefined)
    return reading(count * tbsp.grams * SIDE_TBSP * sizeFactor, count * SIDE_TBSP, 'tbsp', 0.1);
  const served = exactMeasure(food, 'serving') ?? findMeasure(food, 'order', null, new Set())?.portion;
  if (served !== undefined) return reading(count * served.grams * sizeFactor, count, served.unit, 0.05);
  const cup = exactMeasure(food, 'cup');
  if (cup !== undefined)
    return reading(count * cup.grams * SIDE_CUPS * sizeFactor, count * SIDE_CUPS, 'cup', 0.1);
  return reading(count * defaultPortion(food).grams * sizeFactor, count, defaultPortion(food).unit, 0.15);
}

/** Portions that are one countable thing, in the order "2 strawberries" should prefer them. */
const COUNTABLE_UNITS: readonly string[] = [
  'piece',
  'each',
  'item',
  'unit',
  'whole',
  'fruit',
  'medium',
  'large',
  'small',
  'extra_large',
  'slice',
  'strip',
  'link',
  'patty',
  'fillet',
  'egg',
  'cookie',
  'cracker',
  'chip',
  'muffin',
  'doughnut',
  'bagel',
  'tortilla',
  'taco',
  'burrito',
  'roll',
  'sandwich',
  'burger',
  'wing',
  'drumstick',
  'thigh',
  'leg',
  'breast',
  'bar',
  'stick',
  'clove',
  'wedge',
  'leaf',
  'stalk',
  'head',
  'can',
  'bottle',
];
const COUNTABLE = new Set(COUNTABLE_UNITS);
/**
 * Default portions that are a measure or a pack, not one thing: "2 cokes" are 2 cans, but "20
 * almonds" are not 20 handfuls and "3 M&M's" are not 3 bags.
 */
const MEASURED_IN_BULK = new Set([
  'cup',
  'tbsp',
  'tsp',
  'fl_oz',
  'handful',
  'bowl',
  'serving',
  'package',
  'packet',
  'bag',
  'box',
  'container',
  'pouch',
  'tub',
  'carton',
  'jar',
  'tube',
]);

export function isCountable(unit: string): boolean {
  return COUNTABLE.has(unit) || COUNTABLE.has(unit.slice(unit.lastIndexOf('_') + 1));
}

export const isBulk = (unit: string) => MEASURED_IN_BULK.has(unit.slice(unit.lastIndexOf('_') + 1));

/**
 * The portion one counted item is: a measure named after the food itself ("1 avocado", "1
 * pancake"), else the usual portion unless that is a bulk measure or a pack, else the first
 * countable measure ("20 almonds" are almonds, not handfuls).
 */
/** "a footlong": a word said with the food that is one of its (countable) measures. */
function namedByHint(food: Food, amount: Amount): Portion | undefined {
  for (const hint of amount.hints) {
    const named = exactMeasure(food, hint);
    if (named !== undefined && !isBulk(named.unit)) return named;
  }
  return undefined;
}

/** "a 12 inch pizza": the measure whose label gives that diameter ("medium pizza (11-12\" diameter)"). */
function measureByInches(food: Food, amount: Amount): Portion | undefined {
  if (!amount.hints.has('inch') && !amount.hints.has('inches')) return undefined;
  const inches = [...amount.hints].map(Number).find((value) => value > 0 && value < 40);
  if (inches === undefined) return undefined;
  return food.portions.find((portion) => {
    const range = /([0-9]+)(?:-([0-9]+))?" (?:dia|diameter)/.exec(portion.label);
    if (range === null) return false;
    const low = Number(range[1]);
    const high = Number(range[2] ?? range[1]);
    return inches >= low && inches <= high;
  });
}

const PIECE = unitFromWords('piece', undefined)?.unit as Unit;

/**
 * The food entire, as its head noun names it among its measures: "a whole pizza" and "half a pizza"
 * are the medium pizza (or the size said), not a slice; "a whole cucumber" its "cucumber".
 */
function wholeMeasure(food: Food, size: Size | null): Portion | undefined {
  const head = food.names[0]?.split(' ').at(-1);
  if (head === undefined) return undefined;
  const wholes = food.portions.filter(
    (portion) => portion.unit === head || portion.unit.endsWith(`_${head}`),
  );
  const sized = wholes.find((portion) => portion.unit.startsWith(`${size ?? 'medium'}_`));
  return sized ?? wholes.find((portion) => portion.unit === head) ?? wholes[0];
}

/** A measure that is the whole of what the food's name says: "melon" for a watermelon. */
const WHOLE_SUFFIX_MIN = 4;

function countedPortion(food: Food, amount: Amount): Portion {
  // "two 4 inch pancakes": words of a dimension pick among the food's own measures.
  const described = [...amount.hints].some((hint) => /^[0-9]/.test(hint));
  const byInches = described ? measureByInches(food, amount) : undefined;
  if (byInches !== undefined) return byInches;
  // "2 blueberry muffins" are two of what "a blueberry muffin" is, the usual size (medium), not
  // a measure that happens to carry the food's name (SR's 31 g "muffin").
  const usualSize = defaultPortion(food);
  if (!described && SIZE_UNITS.has(usualSize.unit.split('_')[0] ?? '')) return usualSize;
  for (const name of food.names) {
    const word = name.slice(name.lastIndexOf(' ') + 1);
    const own = described
      ? findMeasure(food, word, amount.size, amount.hints, true)?.portion
      : (exactMeasure(food, word) ??
        exactMeasure(food, word.replace(/e?s$/, '')) ??
        // "a quarter of a watermelon" is a quarter of its "melon", the whole fruit; "a watermelon"
        // alone stays its usual portion.
        ((amount.count ?? 1) < 1
          ? (food.portions.find(
              (portion) => portion.unit.length >= WHOLE_SUFFIX_MIN && word.endsWith(portion.unit),
            ) ?? wholeMeasure(food, amount.size))
          : undefined));
    // "2 fruit cups" are two of the cup it comes in, not two measuring cups of it.
    if (own !== undefined && !isBulk(own.unit)) return own;
  }
  const usual = defaultPortion(food);
  if (!isBulk(usual.unit)) return usual;
  for (const unit of COUNTABLE_UNITS) {
    const portion = exactMeasure(food, unit);
    if (portion !== undefined) return portion;
  }
  return usual;
}

const VOLUME_DEFAULTS = new Set(['cup', 'tbsp', 'tsp', 'fl_oz']);

/**
 * "a chicken noodle soup", "a cheese omelet", "a Pringles snack stack": "a" alone means one of
 * the food's usual portion, unless that portion is a volume ("an almond" is not a cup of them).
 * A drink poured by the cup is the exception: "a cappuccino" is a cup of it.
 */
function isOneUsual(food: Food, amount: Amount): boolean {
  if (amount.article !== true || amount.count !== 1) return false;
  const drink = food.category === 'drinks' || food.category === 'alcohol';
  return !VOLUME_DEFAULTS.has(defaultPortion(food).unit) || drink;
}

/** Drinks come in glasses, cups and mugs whose sizes differ more than those of a slice or a bowl. */
const DRINK_CONTAINERS = new Set(['glass', 'cup', 'mug']);

function sizeFactorFor(unit: string | null, size: Size): number {
  return (unit !== null && DRINK_CONTAINERS.has(unit) ? CONTAINER_SIZE_FACTOR : SIZE_FACTOR)[size];
}

const SIZE_UNITS = new Set(['small', 'medium', 'large', 'extra_large']);

function unitlessGrams(food: Food, count: number, amount: Amount): PortionReading {
  if (amount.size !== null) {
    // "a mini muffin": a measure named by the very word said beats the size it stands for.
    const named = namedByHint(food, amount);
    if (named !== undefined) return reading(count * named.grams, count, named.unit, 0);
    const sized = findSizedMeasure(food, amount.size, amount.hints);
    if (sized !== undefined) return reading(count * sized.grams, count, sized.unit, 0);
    // "a large coffee" when the food has no sizes: scale its usual portion.
    const usual = amount.count === null ? defaultPortion(food) : countedPortion(food, amount);
    return reading(count * usual.grams * SIZE_FACTOR[amount.size], count, amount.size, 0.05);
  }
  // "rice and beans", "frijoles": beans with no amount are FNDDS's "Quantity not specified" for
  // beans, half a cup, not the cup their table lists first.
  if (amount.count === null && food.category === 'legumes' && defaultPortion(food).unit === 'cup') {
    const cup = exactMeasure(food, 'cup') as Portion;
    return reading(cup.grams * BEANS_CUPS, BEANS_CUPS, 'cup', 0.1);
  }
  // "some blueberries": half a cup of fruit, by the README's conventions.
  if (amount.count === null && amount.hints.has('some') && food.category === 'fruit') {
    const cup = exactMeasure(food, 'cup');
    if (cup !== undefined) return reading(cup.grams * SOME_FRUIT_CUPS, SOME_FRUIT_CUPS, 'cup', 0.1);
  }
  const usual =
    amount.count === null
      ? defaultPortion(food)
      : (namedByHint(food, amount) ??
        measureByInches(food, amount) ??
        (isOneUsual(food, amount) ? defaultPortion(food) : countedPortion(food, amount)));
  return reading(
    count * usual.grams,
    count,
    usual.unit,
    amount.count === null ? 0.05 : 0,
    SIZE_UNITS.has(usual.unit.split('_')[0] ?? ''),
  );
}
