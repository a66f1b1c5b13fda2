/**
 * Amounts the text leaves open that depend on context: what goes *into* a drink is a splash or a
 * spoonful, not the food's usual serving, and "eggs" means more than one egg.
 */
import type { Food } from '../foods/food.js';
import type { Amount } from './amount.js';
import { defaultPortion, isBulk, isCountable } from './portion-grams.js';
import { unitFromWords } from './units.js';

const BULK_DEFAULTS = new Set(['cup', 'glass']);

function isMilkLike(food: Food): boolean {
  return (
    (food.category === 'dairy' || food.category === 'drinks') &&
    BULK_DEFAULTS.has(food.defaultPortion) &&
    food.names.some((name) => name.endsWith('milk') || name.endsWith('cream') || name.endsWith('creamer'))
  );
}

const isDrink = (food: Food) => food.category === 'drinks' || food.category === 'alcohol';

const HOT_DRINK_WORDS = ['coffee', 'tea', 'latte', 'cappuccino', 'espresso', 'cuppa', 'americano'];

/**
 * "a cuppa, milk and one sugar", "coffee, cream and sugar": milk or cream or a spoonful of sugar
 * listed right after a coffee or tea goes into it, as it would "with" it.
 */
export function goesIntoDrink(food: Food, drink: Food): boolean {
  if (!isHotDrink(drink)) return false;
  const spooned = food.defaultPortion === 'tbsp' && food.portions.some((p) => p.unit === 'tsp');
  return isMilkLike(food) || spooned;
}

const hotDrinks = new WeakMap<Food, boolean>();

function isHotDrink(food: Food): boolean {
  let hot = hotDrinks.get(food);
  if (hot === undefined) {
    hot =
      food.category === 'drinks' &&
      food.names.some((name) => HOT_DRINK_WORDS.some((word) => name.includes(word)));
    hotDrinks.set(food, hot);
  }
  return hot;
}

function measure(count: number, unitWord: string): Amount {
  return { count, unit: unitFromWords(unitWord, undefined)?.unit ?? null, size: null, hints: new Set() };
}

/**
 * The amount of an unmeasured food added "with" another: milk in coffee is a splash (2 tbsp),
 * milk on cereal about half a cup, honey in tea a teaspoon. `null` when the usual portion stands.
 */
/** What goes on a bowl of yogurt, oatmeal or cereal is a topping, not a serving of its own. */
const BOWL_HOSTS = new Set(['dairy', 'grains', 'cereal']);
const TOPPING_AMOUNTS: ReadonlyMap<string, [number, string]> = new Map([
  ['cereal', [0.25, 'cup']],
  ['nuts_seeds', [2, 'tbsp']],
]);

const HALF_ON_BREAD = 0.5;
/** Dried fruit is dense: raisins and cranberries top a bowl by the spoonful, fresh berries by the half cup. */
const DRIED_FRUIT_KCAL_PER_100G = 200;
const toppingOf = (food: Food): [number, string] | undefined => {
  if (food.category !== 'fruit') return TOPPING_AMOUNTS.get(food.category);
  return food.per100g.kcal >= DRIED_FRUIT_KCAL_PER_100G ? [2, 'tbsp'] : [0.5, 'cup'];
};

/**
 * What a bowl of breakfast is called by: the base a fruit named before it tops ("banana oatmeal").
 * Not yogurt: "strawberry yogurt" is sold flavoured, a product of its own.
 */
const BOWL_BASE_WORDS = ['oatmeal', 'oats', 'porridge', 'grits', 'cottage cheese'];
const toppedBases = new WeakMap<Food, boolean>();

/**
 * Bread, or a breakfast bowl (oatmeal, cereal): a base a fruit or vegetable is put on, so
 * that one named before it ("avocado toast", "banana oatmeal") tops it rather than naming a dish.
 * Milk, rice and pasta are no such base: "banana milk", "lemon rice" are flavoured, not topped.
 */
export function isToppedBase(food: Food): boolean {
  let base = toppedBases.get(food);
  if (base === undefined) {
    base =
      food.category === 'bread' ||
      food.category === 'cereal' ||
      (BOWL_HOSTS.has(food.category) &&
        food.names.some((name) => BOWL_BASE_WORDS.some((word) => ` ${name} `.includes(` ${word} `))));
    toppedBases.set(food, base);
  }
  return base;
}

export function additionAmount(food: Food, host: Food): Amount | null {
  // "yogurt with granola", "oatmeal with walnuts and raisins": a quarter cup of granola, 2 tbsp of
  // nuts or raisins, half a cup of berries.
  const topping = BOWL_HOSTS.has(host.category) ? toppingOf(food) : undefined;
  if (topping !== undefined && food.portions.some((portion) => portion.unit === 'cup')) {
    return measure(topping[0], topping[1]);
  }
  // "toast with avocado", "a bagel with banana", "toast with tomato": a fruit or a vegetable sliced
  // or spread on bread is half of one.
  const produce = food.category === 'fruit' || food.category === 'vegetables';
  if (host.category === 'bread' && produce && !isBulk(defaultPortion(food).unit)) {
    return { count: HALF_ON_BREAD, unit: null, size: null, hints: new Set() };
  }
  if (isMilkLike(food))
    return isDrink(host) ? measure(2, 'tbsp') : { count: 0.5, unit: null, size: null, hints: new Set() };
  if (isDrink(host) && food.defaultPortion === 'tbsp' && food.portions.some((p) => p.unit === 'tsp')) {
    return measure(1, 'tsp');
  }
  return null;
}

/** Sizes name an order ("fries" is one medium order), not a count of pieces. */
const SIZE_PORTIONS = new Set(['small', 'medium', 'extra_large']);

/** "eggs", "pancakes": a plural name with no amount means a couple, when the food is counted in pieces. */
export function pluralAmount(food: Food): Amount | null {
  const unit = defaultPortion(food).unit;
  const counted = isCountable(unit) && !SIZE_PORTIONS.has(unit) && food.category !== 'fast_food';
  return counted ? { count: 2, unit: null, size: null, hints: new Set() } : null;
}
