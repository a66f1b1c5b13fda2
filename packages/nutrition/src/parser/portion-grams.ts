/**
 * Turns an amount into grams of one food. Mass units convert directly; volume goes through the
 * food's own portions (a cup of rice is not a cup of milk), then its density; household units
 * need the food's portion list, and fall back to its default portion with less confidence.
 */
import type { Food, Portion } from '../foods/food.js';
import type { Amount } from './amount.js';
import { CONTAINER_SIZE_FACTOR, SIZE_FACTOR, type Size } from './modifiers.js';
import { volumeUnitMl } from './units.js';

export type PortionReading = {
  grams: number;
  quantity: number;
  unit: string;
  /** How much confidence the conversion loses: 0 for an exact portion, more for fallbacks. */
  doubt: number;
};

/** Volume portions whose size is standard, best first; a "bowl" or "glass" varies more. */
const MEASURING_UNITS = ['cup', 'fl_oz', 'tbsp', 'tsp', 'pint', 'shot', 'glass', 'can', 'bottle', 'bowl'];
/** USDA's fluid-ounce measure is written `fl_oz` in the table, `fl oz` by the unit reader. */
const FLUID_OUNCE_ML = 29.5735;

/** Grams per handful when the food does not say: about an ounce, USDA's usual nut serving. */
const HANDFUL_GRAMS = 28.35;
/** Units that mean "one of whatever the food comes in". */
const GENERIC_UNITS = new Set(['piece', 'serving', 'container', 'order', 'packet']);

export function defaultPortion(food: Food): Portion {
  return (
    food.portions.find((p) => p.unit === food.defaultPortion) ??
    food.portions[0] ?? { unit: 'serving', label: '100 g', grams: 100 }
  );
}

function portionOf(food: Food, unit: string): Portion | undefined {
  return food.portions.find((p) => p.unit === unit);
}

/** Grams per millilitre of this food, from a volume portion it lists or its density. */
function gramsPerMl(food: Food): { value: number; doubt: number } {
  for (const unit of MEASURING_UNITS) {
    const portion = portionOf(food, unit);
    const ml = unit === 'fl_oz' ? FLUID_OUNCE_ML : volumeUnitMl(unit);
    if (portion !== undefined && ml !== null) return { value: portion.grams / ml, doubt: 0.05 };
  }
  // Water-like is a fair guess for drinks and soups and a poor one for solids: say so.
  return { value: 1, doubt: food.category === 'drinks' || food.category === 'alcohol' ? 0.1 : 0.25 };
}

export function portionGrams(food: Food, amount: Amount): PortionReading {
  const count = amount.count ?? 1;
  const unit = amount.unit;
  const sizeFactor = amount.size === null ? 1 : sizeFactorFor(unit?.name ?? null, amount.size);
  if (unit === null) return unitlessGrams(food, count, amount);
  if (unit.kind === 'mass') return { grams: count * unit.grams, quantity: count, unit: unit.name, doubt: 0 };
  const listed = portionOf(food, unit.name);
  if (listed !== undefined) {
    return { grams: count * listed.grams * sizeFactor, quantity: count, unit: unit.name, doubt: 0 };
  }
  if (unit.kind === 'volume') {
    const density = gramsPerMl(food);
    return {
      grams: count * unit.ml * density.value * sizeFactor,
      quantity: count,
      unit: unit.name,
      doubt: density.doubt,
    };
  }
  if (unit.name === 'handful')
    return { grams: count * HANDFUL_GRAMS * sizeFactor, quantity: count, unit: 'handful', doubt: 0.1 };
  const fallback = defaultPortion(food);
  const doubt = GENERIC_UNITS.has(unit.name) ? 0.05 : 0.15;
  return { grams: count * fallback.grams * sizeFactor, quantity: count, unit: unit.name, doubt };
}

/** Portions that are one countable thing, in the order "2 strawberries" should prefer them. */
const COUNTABLE_UNITS: readonly string[] = [
  'piece',
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
];
const COUNTABLE = new Set(COUNTABLE_UNITS);
/** Default portions that are a measure, not one thing: "2 cokes" are 2 cans, "20 almonds" are not 20 handfuls. */
const MEASURED_IN_BULK = new Set(['cup', 'tbsp', 'tsp', 'handful', 'bowl']);

export function isCountable(unit: string): boolean {
  return COUNTABLE.has(unit);
}

/**
 * The portion one counted item is: the default one unless that is a bulk measure ("2 eggs": large
 * eggs, "2 cokes": cans), else the first countable portion ("20 almonds" are almonds, not handfuls).
 */
function countedPortion(food: Food): Portion {
  const usual = defaultPortion(food);
  if (!MEASURED_IN_BULK.has(usual.unit)) return usual;
  for (const unit of COUNTABLE_UNITS) {
    const portion = portionOf(food, unit);
    if (portion !== undefined) return portion;
  }
  return usual;
}

/** Drinks come in glasses, cups and mugs whose sizes differ more than those of a slice or a bowl. */
const DRINK_CONTAINERS = new Set(['glass', 'cup', 'mug']);

function sizeFactorFor(unit: string | null, size: Size): number {
  return (unit !== null && DRINK_CONTAINERS.has(unit) ? CONTAINER_SIZE_FACTOR : SIZE_FACTOR)[size];
}

function unitlessGrams(food: Food, count: number, amount: Amount): PortionReading {
  if (amount.size !== null) {
    const sized = portionOf(food, amount.size);
    if (sized !== undefined)
      return { grams: count * sized.grams, quantity: count, unit: amount.size, doubt: 0 };
    // "a large coffee" when the food has no sizes: scale its usual portion.
    const usual = defaultPortion(food);
    return {
      grams: count * usual.grams * SIZE_FACTOR[amount.size],
      quantity: count,
      unit: amount.size,
      doubt: 0.05,
    };
  }
  const usual = amount.count === null ? defaultPortion(food) : countedPortion(food);
  return {
    grams: count * usual.grams,
    quantity: count,
    unit: usual.unit,
    doubt: amount.count === null ? 0.05 : 0,
  };
}
