/**
 * A dish named together with its parts is counted once. "a cheeseburger with lettuce, tomato and
 * onion" is the cheeseburger (its USDA record already holds them); "a turkey sandwich with 3
 * slices of turkey, 2 slices of bread and mayo" is its parts (the amounts say what was in it).
 * The parts are the items a dish introduces with "with" or "on"; a drink or another dish ends
 * them ("a burrito with rice, and a coffee").
 */
import type { Food, FoodCategory } from '../foods/food.js';
import type { Fragment } from './fragments.js';

export type DishDraft = {
  food: Food;
  fragment: Fragment;
  /** A number or a unit was given for it; "a" or "an" alone does not count. */
  stated: boolean;
  /** Its amount is "a" or "an" alone: one of it. */
  article?: boolean;
  /** "with a side of fries": served beside the dish, not in it. */
  aside: boolean;
  /** Named a bowl ("a chicken burrito bowl"), though its record may be a burrito. */
  bowl: boolean;
  /** Listed after "made with": "a smoothie I made with a banana and milk" is its recipe. */
  recipe: boolean;
  /** Listed after a dash that spells the dish before it out. */
  spelledOut: boolean;
};

const DISH_CATEGORIES = new Set<FoodCategory>(['dishes', 'fast_food']);
/** Foods that hold others, whatever their category: an omelet, a smoothie, a parfait. */
const DISH_WORDS = [
  'sandwich',
  'burger',
  'hamburger',
  'cheeseburger',
  'hot dog',
  'hoagie',
  'gyro',
  'panini',
  'slider',
  'burrito',
  'bowl',
  'salad',
  'taco',
  'omelet',
  'omelette',
  'smoothie',
  'shake',
  'parfait',
  'sub',
  'wrap',
  'pizza',
  'quesadilla',
  'nachos',
  'melt',
  'benedict',
  'stir fry',
  'fried rice',
  'blt',
  'club',
];
/** Drinks, chips and sweets come beside a dish, never in one: "a hamburger with ketchup and some chips". */
const NOT_PARTS = new Set<FoodCategory>(['drinks', 'alcohol', 'snacks', 'sweets']);
/** Sauces, dressings and spreads go on a dish (a plain hot dog's record has no ketchup): always kept. */
const TOPPINGS = new Set<FoodCategory>(['condiments', 'fats_oils']);

const dishes = new WeakMap<Food, boolean>();

export function isDish(food: Food): boolean {
  let dish = dishes.get(food);
  if (dish === undefined) {
    dish = DISH_CATEGORIES.has(food.category) || isAssembled(food);
    dishes.set(food, dish);
  }
  return dish;
}

const assembled = new WeakMap<Food, boolean>();

/** A dish whose name says it is built from parts a person could count: a sandwich, a bowl, a taco. */
function isAssembled(food: Food): boolean {
  let built = assembled.get(food);
  if (built === undefined) {
    const words = ` ${food.name.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
    // Whole words of the display name: "White bread" is no dish though people say "sandwich bread".
    // A bread is never the dish, whatever it is for: "Hamburger / hot dog bun".
    built = food.category !== 'bread' && DISH_WORDS.some((word) => words.includes(` ${word} `));
    assembled.set(food, built);
  }
  return built;
}

/** Dishes held in the hand: what is in them is sliced, spread or shredded, never a whole fruit. */
const HANDHELD_WORDS = [
  'sandwich',
  'burger',
  'sub',
  'wrap',
  'taco',
  'burrito',
  'quesadilla',
  'melt',
  'blt',
  'club',
];
const handhelds = new WeakMap<Food, boolean>();
const isHandheld = (food: Food) => {
  let handheld = handhelds.get(food);
  if (handheld === undefined) {
    const words = ` ${food.name.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
    handheld = HANDHELD_WORDS.some((word) => words.includes(` ${word} `));
    handhelds.set(food, handheld);
  }
  return handheld;
};
/** "a banana", "an apple": a fruit counted whole, with no measure said. */
const isWholeFruit = (draft: DishDraft) => draft.food.category === 'fruit' && draft.article === true;

const PART_JOINERS = new Set(['with', 'on']);

/**
 * "with" opens a list ("with lettuce, tomato and onion"); "on" names one thing, what the dish sits on
 * or in: after "a tuna sandwich on white bread and a small apple" the apple is an item of its own.
 */
const isPart = (draft: DishDraft) =>
  (PART_JOINERS.has(draft.fragment.joinedBy ?? '') || draft.fragment.continues === 'with') &&
  !draft.aside &&
  !NOT_PARTS.has(draft.food.category) &&
  // "a tuna melt - tuna salad and cheese on bread": what a dash spells out is in the dish, even a dish.
  (draft.spelledOut || !isDish(draft.food));

/** Bread comes beside a cooked dish ("chili with cornbread"); rice or noodles may be in a soup. */
const BESIDE_COOKED = new Set<FoodCategory>(['bread']);

/** Rice, pasta, beans, potatoes and vegetables: the sides a plate of a cooked dish comes with. */
const SIDES = new Set<FoodCategory>(['grains', 'legumes', 'vegetables']);
/** Raw onion, lettuce, peppers: below this a vegetable garnishes a dish ("chili with onions"), no side. */
const GARNISH_KCAL_PER_100G = 45;
const isSide = (food: Food) =>
  SIDES.has(food.category) && (food.category !== 'vegetables' || food.per100g.kcal >= GARNISH_KCAL_PER_100G);
const soups = new WeakMap<Food, boolean>();
/** A soup holds its noodles, rice and vegetables whatever its record says. */
const isSoup = (food: Food) => {
  let soup = soups.get(food);
  if (soup === undefined) {
    soup = /\b(soup|pho|ramen|broth|chowder)\b/i.test(`${food.name} ${food.description}`);
    soups.set(food, soup);
  }
  return soup;
};

/**
 * A cooked dish (a stew, chili, ramen, curry) holds what its record holds; what is said with it as
 * one countable thing ("beef stew with a crusty roll", "ramen with a soft boiled egg") or as bread
 * is served beside it, and so is a side its record does not name ("enchiladas with rice and beans",
 * "chicken tikka masala with rice", "meatloaf with mashed potatoes", but "chili with beans" is
 * "Chili con carne with beans", "beef stew with carrots" one "with potatoes and vegetables"),
 * unless the dish is a soup. An assembled dish (a
 * sandwich, a burrito) is told by its parts.
 */
const isServedBeside = <T extends DishDraft>(host: T, part: T, names: (dish: Food, part: T) => boolean) => {
  // "an egg McMuffin-style sandwich on a croissant": the bread a dish is on is its own.
  if (part.fragment.joinedBy === 'on' && part.food.category === 'bread') return false;
  if (!isAssembled(host.food) && (part.article === true || BESIDE_COOKED.has(part.food.category)))
    return true;
  // Rice, noodles and beans go beside an assembled dish eaten with a fork too ("shrimp stir fry with
  // rice"; its vegetables are in it, as "fried rice with peas" holds the peas), never into what is
  // held in the hand, a bowl, a salad, an omelet, a pizza or a blended drink: told by their parts.
  const toldByParts = isHandheld(host.food) || host.bowl || isFilled(host.food) || isBlended(host.food);
  const side = isAssembled(host.food)
    ? STARCH_SIDES.has(part.food.category) && !toldByParts
    : isSide(part.food);
  return side && !isSoup(host.food) && !names(host.food, part);
};

const STARCH_SIDES = new Set<FoodCategory>(['grains', 'legumes']);

/** Dishes whose fillings are in them: "an omelet with potatoes" is FNDDS's omelet with potatoes. */
const filled = new WeakMap<Food, boolean>();
const isFilled = (food: Food) => {
  let answer = filled.get(food);
  if (answer === undefined) {
    answer = /\b(salad|omelet|omelette|frittata|scramble|pizza)\b/i.test(food.name);
    filled.set(food, answer);
  }
  return answer;
};
const BLENDED_WORDS = ['smoothie', 'shake'];

/** A smoothie or a shake: what it is told to be made of is what was drunk. */
export const isBlended = (food: Food | undefined): boolean => {
  if (food === undefined) return false;
  let blended = blends.get(food);
  if (blended === undefined) {
    const name = food.name.toLowerCase();
    blended = BLENDED_WORDS.some((word) => name.includes(word));
    blends.set(food, blended);
  }
  return blended;
};
const blends = new WeakMap<Food, boolean>();

/**
 * "a protein shake with a banana, a scoop of whey and almond milk": a blended drink told by a list
 * with an amount in it is that recipe, whichever part the amount is on.
 */
function isBlendedFrom(host: DishDraft, parts: readonly DishDraft[]): boolean {
  return isBlended(host.food) && parts.length >= BOWL_LIST && parts.some((part) => part.stated);
}

/** Two parts make a list: "a burrito bowl with guacamole" is the bowl, plus guacamole. */
const BOWL_LIST = 2;

/**
 * The drafts to keep, in order: each dish or its parts, never both. A bowl told part by part is
 * its parts; `bowlMeat` gives the part its own name holds ("chicken" in a chicken burrito bowl).
 */
export function countDishesOnce<T extends DishDraft>(
  drafts: readonly T[],
  bowlMeat: (bowl: T) => T | null = () => null,
  /** The dish's record that names the parts too ("omelet" with cheese is a cheese omelet), or null. */
  withParts: (dish: T, parts: readonly T[]) => T | null = () => null,
  /** The dish's record already holds the sauce or spread ("Turkey sandwich, with spread" and mayo). */
  holds: (dish: Food, part: T) => boolean = () => false,
  /** The dish's record or names name the part ("Chili con carne with beans" and beans). */
  names: (dish: Food, part: T) => boolean = () => true,
): T[] {
  const dropped = new Set<T>();
  const replaced = new Map<T, T>();
  for (let k = 0; k < drafts.length; k += 1) {
    const host = drafts[k] as T;
    // Whatever was "made with" something is told by its recipe: "a protein shake made with 2 scoops".
    const told = isDish(host.food) || drafts[k + 1]?.recipe === true;
    if (host.fragment.joinedBy === 'with' || !told) continue;
    const parts: T[] = [];
    for (let j = k + 1; j < drafts.length && isPart(drafts[j] as T); j += 1) {
      // "a turkey sandwich with lettuce and a banana": a whole fruit is never inside a sandwich.
      if (isHandheld(host.food) && isWholeFruit(drafts[j] as T)) break;
      parts.push(drafts[j] as T);
    }
    // Parts follow the dish at once: in "spaghetti for the family, and a plate of it with garlic
    // bread" the bread is beside the spaghetti, not in it.
    if (parts.length === 0 || (parts[0] as T).fragment.start > host.fragment.end + 1) continue;
    // The first part decides: "made with 2 slices of bread, ..." lists what the dish was made of;
    // "chili with beans and a handful of crackers" is the chili, then crackers of their own.
    const first = parts[0] as T;
    // Only a dish put together from parts can be told by them: "a sandwich with 3 slices of turkey".
    // A cooked dish with a measured item beside it ("chicken alfredo with 2 breadsticks") is both.
    const measuredPart =
      (first.stated && !TOPPINGS.has(first.food.category) && isAssembled(host.food)) ||
      isBlendedFrom(host, parts);
    if (first.stated && !measuredPart && !first.recipe && !host.bowl) continue;
    if (host.bowl && parts.length >= BOWL_LIST) {
      const meat = bowlMeat(host);
      if (meat === null) dropped.add(host);
      else replaced.set(host, meat);
    } else if (measuredPart || first.recipe) dropped.add(host);
    else {
      const inside = parts.filter(
        (part) => !part.stated && !TOPPINGS.has(part.food.category) && !isServedBeside(host, part, names),
      );
      const whole = inside.length === 0 ? null : withParts(host, inside);
      if (whole !== null) replaced.set(host, whole);
      for (const part of inside) dropped.add(part);
      // A sauce or spread is kept, unless the dish's record already has it: "eggs benedict with
      // hollandaise", "a BLT with mayo" (FNDDS's BLT is "with spread"), "a gyro with tzatziki".
      for (const part of parts) {
        if (part.stated || !TOPPINGS.has(part.food.category)) continue;
        if (holds(host.food, part) || (whole !== null && holds(whole.food, part))) dropped.add(part);
      }
    }
  }
  return drafts.filter((draft) => !dropped.has(draft)).map((draft) => replaced.get(draft) ?? draft);
}
