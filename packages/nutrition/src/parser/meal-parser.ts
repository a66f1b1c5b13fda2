/**
 * The built-in parser: text in, items with nutrients out, synchronously and without I/O.
 * Pipeline: tokens → numbers combined → spelling corrected → food names found → fragments split
 * at connectors → items read (amount, size, preparation) → grams → nutrients.
 */

import type { Assumption } from '../catalog/food-view.js';
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import { nameKey } from '../foods/name-index.js';
import { noFoodFound, type ParsedItem, type ParseResult } from '../parse-result.js';
import { additionAmount, goesIntoDrink, pluralAmount } from './additions.js';
import { type Amount, emptyModifiers, hasAmount, type Modifiers, readModifiers, wordsOf } from './amount.js';
import { sizeBowlParts } from './bowl-parts.js';
import {
  type ChainMention,
  chainFoods,
  chainFor,
  chainMentions,
  isDescriptiveWord,
} from './chain-context.js';
import { chainGeneric, withChainNumbersAsWords } from './chain-generics.js';
import { chipsForDip } from './chips-for-dip.js';
import { withoutContainerNames } from './container-names.js';
import { countDishesOnce, isBlended, isDish } from './dish-parts.js';
import { flavourAfter, flavouredFood, hasFlavourOf, namesFlavour } from './flavours.js';
import { type FoodSpan, findFoodSpans } from './food-spans.js';
import { type Fragment, splitFragments } from './fragments.js';
import { frozenMealOf, saysFrozenMeal } from './frozen-meals.js';
import { type ItemRange, itemRanges } from './items.js';
import { buildLexicon, type Lexicon } from './lexicon.js';
import { combineNumbers } from './numbers.js';
import { nutrientItem } from './nutrients.js';
import { withoutDescriptiveParentheses } from './parentheses.js';
import { percentForm, saidPercent } from './percent-forms.js';
import { withoutPlaceNames, withPlaceKindsBlank } from './place-names.js';
import { isBulk, type PortionReading, portionGrams } from './portion-grams.js';
import { recordHolds, recordNamesPart, withoutBaseTheRecordNames } from './record-named-base.js';
import { createFoodFinder, type FoodFinder, topMatch } from './search-fallback.js';
import { shareSides } from './shared-side.js';
import { type Token, tokenize } from './tokenize.js';
import { resolveTopics } from './topic-items.js';
import { unitFromWords } from './units.js';
import { isNotAMeal, unknownFoodText } from './unknown-fragments.js';

/** Longer input is cut: the API caps meal texts well below this, and the parser must stay fast. */
const MAX_TEXT_LENGTH = 4000;
const BASE_CONFIDENCE = 0.95;
const CORRECTION_DOUBT = 0.15;
const DESCRIBED_DOUBT = 0.1;
const SEARCHED_DOUBT = 0.2;
const CONTEXT_POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

export type TextMealParser = { parse(text: string): ParseResult };

type Draft = {
  food: Food;
  /** The text stated a number or a unit for this item. */
  stated: boolean;
  /** Its amount is "a" or "an" alone. */
  article?: boolean;
  aside: boolean;
  modifiers: Modifiers;
  range: ItemRange;
  fragment: Fragment;
  corrections: number;
  plural: boolean;
  /** Found by the table's search rather than by a curated name: its form is a guess. */
  searched?: boolean;
  /** "a chicken burrito bowl", "a poke bowl": told part by part, a bowl is its parts. */
  bowl: boolean;
  /** The amount the context gives it when the text gave none: a part of a bowl is bowl-sized. */
  conventional?: Amount;
  /** What a dish was "made with": its recipe, so the parts are what was eaten. */
  recipe: boolean;
  /** After a dash: "a tuna melt - tuna salad and cheese on bread" spells the melt out. */
  spelledOut: boolean;
  /** Its record was chosen by the parts said, not by its name: the name promised no companion. */
  choseByParts?: true;
};

export type MealParserOptions = {
  /** Told about a parser bug that was swallowed; tests fail on it, a server may log it. */
  onInternalError?: (error: unknown, text: string) => void;
};

export function createMealParser(database: FoodDatabase, options: MealParserOptions = {}): TextMealParser {
  const lexicon = buildLexicon(database);
  const findFood = createFoodFinder(database);
  return {
    parse(text) {
      try {
        return parseText(String(text).slice(0, MAX_TEXT_LENGTH), database, lexicon, findFood);
      } catch (error) {
        // A parser bug must not take the meal down with it; the caller shows "no food found".
        options.onInternalError?.(error, text);
        return noFoodFound([]);
      }
    },
  };
}

function correctSpelling(tokens: Token[], lexicon: Lexicon): Set<number> {
  const corrected = new Set<number>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const fix = lexicon.speller.correct(token.text);
    if (fix !== null) {
      tokens[i] = { kind: 'word', text: fix };
      corrected.add(i);
    }
  }
  return corrected;
}

/** The text with its parentheses read (see parentheses.ts); most texts have none. */
function withoutParentheses(text: string, database: FoodDatabase): string {
  if (!text.includes('(')) return text;
  return withoutDescriptiveParentheses(text, (name) => database.names.lookup(nameKey(name)) !== undefined);
}

function parseText(
  text: string,
  database: FoodDatabase,
  lexicon: Lexicon,
  findFood: FoodFinder,
): ParseResult {
  const read = withPlaceKindsBlank(combineNumbers(tokenize(withoutParentheses(text, database))));
  const chains = chainMentions(read);
  const tokens = chains.length === 0 ? read : withChainNumbersAsWords(read, chains);
  const corrected = correctSpelling(tokens, lexicon);
  const spans = withoutContainerNames(
    tokens,
    withoutPlaceNames(tokens, findFoodSpans(tokens, database.names)),
  );
  const fragments = splitFragments(tokens, spans);
  const drafts: Draft[] = [];
  const unknown: string[] = [];
  for (const fragment of fragments) {
    const words = wordsOf(tokens, fragment.start, fragment.end);
    const firstFood = fragment.spans[0]?.start ?? fragment.end;
    const firstFoodEnd = fragment.spans[0]?.end ?? fragment.end;
    if (isNotAMeal(words, firstFood - fragment.start, firstFoodEnd - fragment.start)) continue;
    // "a muffin with my coffee": the issue reads "with my ..." as context, not as something eaten.
    const skipFirst = fragment.joinedBy === 'with' && CONTEXT_POSSESSIVES.has(words[0] ?? '');
    if (fragment.spans.length === 0) {
      const modifiers = emptyModifiers();
      readModifiers(tokens, fragment.start, fragment.end, lexicon, modifiers);
      const previous = drafts[drafts.length - 1];
      // "pizza, two slices": a number written as a word is an amount, never an unknown food.
      const named = words.map((word, i) => (tokens[fragment.start + i]?.kind === 'number' ? '' : word));
      const looksLikeFood = !skipFirst && unknownFoodText(named, modifiers, lexicon) !== null;
      const unknownText = looksLikeFood ? unknownFoodText(words, modifiers, lexicon) : null;
      const toldPart = unknownText === null ? undefined : topicPart(previous, unknownText, database);
      const found = unknownText === null || modifiers.negated || toldPart ? null : findFood(unknownText);
      // "In-N-Out Double-Double": an item of a chain the table lacks is the chain's usual food.
      const atChain =
        found !== null || toldPart !== undefined || chains.length === 0 || modifiers.negated
          ? null
          : chainGeneric(database, tokens, fragment, chains);
      if (atChain !== null) {
        // Only what is said before the item and the chain counts it: "2 Double-Doubles".
        const counted = emptyModifiers();
        readModifiers(tokens, fragment.start, atChain.wordsStart, lexicon, counted);
        drafts.push(searchedDraft(atChain.food, counted, fragment, atChain.key));
      } else if (toldPart !== undefined)
        drafts.push(toldPartDraft(toldPart, modifiers, fragment, unknownText ?? ''));
      else if (found !== null) drafts.push(searchedDraft(found, modifiers, fragment, unknownText ?? ''));
      else if (unknownText !== null) unknown.push(unknownText);
      else if (previous !== undefined) amendPrevious(previous, modifiers, database, findFood);
      continue;
    }
    const ranges = itemRanges(tokens, fragment, (first, second) => breadNamed(first, second, database));
    /** Flavours said after a food ("helado de chocolate"), read with it and no items of their own. */
    let flavourRanges = null as Set<ItemRange> | null;
    for (let index = skipFirst ? 1 : 0; index < ranges.length; index += 1) {
      const range = ranges[index] as ItemRange;
      if (flavourRanges?.has(range) === true) continue;
      const modifiers = readItemModifiers(tokens, range, lexicon);
      if (modifiers.negated || fragment.joinedBy === 'without') continue;
      const named = statedForm(
        database.chooseForm(range.span.candidates, modifiers.preparations),
        range.span.key,
        modifiers.preparations,
        findFood,
      );
      const plain =
        named && percentForm(database, named, saidPercent(modifiers.amount.hints), householdUnit(modifiers));
      if (plain === undefined || modifiers.amount.count === 0) continue;
      // "vanilla greek yogurt", "chobani vanilla greek yogurt": the flavour said picks its record.
      const next = ranges[index + 1];
      const after = flavourAfter(tokens, range.span.end, next?.span);
      const flavoured = flavouredFood(
        database,
        plain,
        range.span.key,
        tokens,
        range.start,
        range.span.start,
        range.describedBy,
        after,
      );
      const food = flavoured ?? plain;
      if (flavoured !== null && after !== null && next !== undefined && hasFlavourOf(flavoured, after)) {
        flavourRanges ??= new Set();
        flavourRanges.add(next);
      }
      if (flavoured !== null) {
        range.span = { ...range.span, candidates: [flavoured] };
        // "honey ham" is the honey ham; the honey named before it as a spread is in its record.
        const spread = drafts.at(-1);
        if (spread?.fragment === fragment && spread.range.span.end === range.span.start) {
          if (namesFlavour(flavoured, spread.range.span.key)) drafts.pop();
        }
      }
      if (describesPrevious(tokens, range, fragment, modifiers, drafts.at(-1))) continue;
      let corrections = 0;
      for (let i = range.span.start; i < range.span.end; i += 1) if (corrected.has(i)) corrections += 1;
      drafts.push({
        food,
        stated: isStated(modifiers),
        article: modifiers.amount.article === true,
        aside: words.includes('side') || isTopping(tokens, fragment, drafts.at(-1)),
        modifiers,
        range,
        fragment,
        corrections,
        plural: database.names.isPlural(range.span.key),
        bowl: range.span.key.split(' ').includes('bowl') || wordAfter(tokens, range.span.end) === 'bowl',
        recipe: isRecipe(tokens, fragment, drafts.at(-1)),
        spelledOut: isSpelledOut(tokens, fragment, drafts.at(-1)),
      });
    }
  }
  shareSides(drafts, tokens);
  sizeBowlParts(drafts, tokens);
  if (chains.length > 0) for (const draft of drafts) takeChainFood(draft, chains, database);
  for (const draft of drafts) takeFrozenMeal(draft, tokens, database);
  chipsForDip(drafts, database);
  const counted = countDishesOnce(
    withoutBaseTheRecordNames(resolveTopics(drafts, tokens, database)),
    (bowl) => bowlMeat(bowl, database),
    (dish, parts) => dishWithParts(dish, parts, database),
    recordHolds,
    recordNamesPart,
  );
  for (const draft of counted) theSaladsDressing(draft, counted, database);
  const items = counted.map((draft, k) => {
    const host = hostOf(counted, k);
    return toItem(milkInDrink(draft, host, database), host);
  });
  items.push(...companionItems(counted, database));
  return items.length === 0 ? noFoodFound(unknown) : { ok: true, items, unknown };
}

/**
 * "fried chicken, a breast and a drumstick": a word that names no food alone may name one with the
 * item before it; the topic step then reads that item as what the word completes.
 */
function topicPart(
  previous: Draft | undefined,
  text: string,
  database: FoodDatabase,
): readonly Food[] | undefined {
  if (previous === undefined || previous.searched === true || text.includes(' ')) return undefined;
  return database.names.lookup(`${previous.range.span.key} ${text}`);
}

function toldPartDraft(foods: readonly Food[], modifiers: Modifiers, fragment: Fragment, key: string): Draft {
  const draft = searchedDraft(foods[0] as Food, modifiers, fragment, key);
  return {
    ...draft,
    searched: false,
    range: { ...draft.range, span: { ...draft.range.span, candidates: [...foods] } },
  };
}

/**
 * "chili topped with cheddar and sour cream": what tops a dish is added to it, never taken as
 * already in its record; the list after "topped with" goes on over commas and "and".
 */
function isTopping(tokens: readonly Token[], fragment: Fragment, previous: Draft | undefined): boolean {
  if (fragment.joinedBy === 'with') {
    const before = tokens[fragment.start - 2];
    return before?.kind === 'word' && (before.text === 'topped' || before.text === 'sprinkled');
  }
  return fragment.continues === 'with' && fragment.joinedBy === null && previous?.aside === true;
}

/**
 * Right after a dash, or a colon or "of" after a dish ("a salad: romaine, chicken and croutons",
 * "a burrito of chicken, rice and beans"), or further along the list one began ("- tuna salad and
 * cheese"): the dish is named first and then told, so it is counted once.
 */
function isSpelledOut(tokens: readonly Token[], fragment: Fragment, previous: Draft | undefined): boolean {
  if (tokens[fragment.start - 1]?.kind === 'dash') return true;
  if (opensDishList(tokens, fragment) && !isBlended(previous?.food)) return true;
  return (
    fragment.joinedBy === null &&
    fragment.continues === null &&
    previous?.spelledOut === true &&
    previous.fragment.end + 1 === fragment.start
  );
}

const RECIPE_WORDS = new Set(['made', 'make', 'using', 'blended']);

/**
 * "made with a banana and milk", "a smoothie of banana, spinach and almond milk": its recipe. A
 * blended drink told by its list is that list; a sandwich or a salad keeps its record (isSpelledOut).
 */
function isRecipe(tokens: readonly Token[], fragment: Fragment, previous: Draft | undefined): boolean {
  if (fragment.joinedBy !== 'with') return false;
  if (opensDishList(tokens, fragment)) return isBlended(previous?.food);
  return RECIPE_WORDS.has(wordAfter(tokens, fragment.start - 2) ?? '');
}

/** The "with" list was opened by a colon or "of" right after a dish (fragments.ts). */
function opensDishList(tokens: readonly Token[], fragment: Fragment): boolean {
  if (fragment.joinedBy !== 'with') return false;
  const before = tokens[fragment.start - 1];
  return (
    (before?.kind === 'break' && before.colon === true) || (before?.kind === 'word' && before.text === 'of')
  );
}

const wordAfter = (tokens: readonly Token[], index: number) => {
  const token = tokens[index];
  return token?.kind === 'word' ? token.text : null;
};

/**
 * "sardines in oil", "tuna in water", "peaches in syrup", "personal pan pizza, cheese": a food
 * named right after the item, with no amount, that the item's own record already names is how
 * the item is described, not one more thing eaten.
 */
function describesPrevious(
  tokens: readonly Token[],
  range: ItemRange,
  fragment: Fragment,
  modifiers: Modifiers,
  previous: Draft | undefined,
): boolean {
  if (previous === undefined) return false;
  // "a chicken shawarma wrap": a dish said as a wrap is that dish, its tortilla already counted.
  const wrap = range.span.key === 'wrap' || range.span.key === 'wraps';
  if (wrap && range.span.start === previous.range.span.end && isDish(previous.food)) {
    // "2 chicken shawarma wraps": the count said before the dish's name is the dish's.
    if (!hasAmount(previous.modifiers)) {
      previous.modifiers.amount = modifiers.amount;
      previous.stated = isStated(modifiers);
    }
    return true;
  }
  if (hasAmount(modifiers)) return false;
  const before = tokens[range.span.start - 1];
  const packedIn =
    before?.kind === 'word' && before.text === 'in' && range.span.start === previous.range.span.end + 1;
  const afterComma =
    fragment.joinedBy === null &&
    fragment.start === previous.fragment.end + 1 &&
    before?.kind === 'break' &&
    range.span.end === fragment.end;
  if (!packedIn && !afterComma) return false;
  const named = ` ${`${previous.food.name} ${previous.food.description}`.toLowerCase().replace(/[^a-z]+/g, ' ')} `;
  return named.includes(` ${range.span.key} `);
}

/** "banana bread" is USDA's "Bread, banana": the bread record headed by it and named by the first word. */
function breadNamed(first: FoodSpan, bread: FoodSpan, database: FoodDatabase): FoodSpan | null {
  const food = topMatch(database)(`${first.key} ${bread.key}`);
  if (food === null || !food.description.toLowerCase().startsWith(`bread, ${first.key}`)) return null;
  return { start: first.start, end: bread.end, key: `${first.key} ${bread.key}`, candidates: [food] };
}

/** An item for a food the search found under words no curated name has. */
function searchedDraft(food: Food, modifiers: Modifiers, fragment: Fragment, key: string): Draft {
  const span = { start: fragment.start, end: fragment.end, key, candidates: [food] };
  return {
    food,
    stated: isStated(modifiers),
    aside: false,
    modifiers,
    range: { start: fragment.start, end: fragment.end, span, describedBy: null },
    fragment,
    corrections: 0,
    plural: false,
    searched: true,
    bowl: false,
    recipe: false,
    spelledOut: false,
  };
}

/** "a frozen Lean Cuisine spaghetti": a dish said to be a frozen meal is FNDDS's frozen meal of it. */
function takeFrozenMeal(draft: Draft, tokens: readonly Token[], database: FoodDatabase): void {
  if (!isDish(draft.food) || !saysFrozenMeal(tokens, draft.fragment.start, draft.range.span.end)) return;
  const food = frozenMealOf(database, draft.range.span.key);
  if (food === null) return;
  draft.food = food;
  draft.range = { ...draft.range, span: { ...draft.range.span, candidates: [food] } };
}

/** "fries" in "kids fries from Wendy's" are Wendy's own fries, when the chain has food of that name. */
function takeChainFood(draft: Draft, chains: readonly ChainMention[], database: FoodDatabase): void {
  if (draft.searched === true) return;
  const chain = chainFor(chains, draft.fragment.start, draft.fragment.end);
  const beside = [...draft.modifiers.amount.hints].filter(isDescriptiveWord);
  const foods = chain === null ? undefined : chainFoods(database, chain, draft.range.span.key, beside);
  const food = foods === undefined ? undefined : database.chooseForm(foods, draft.modifiers.preparations);
  if (foods === undefined || food === undefined) return;
  draft.food = food;
  draft.range = { ...draft.range, span: { ...draft.range.span, candidates: [...foods] } };
}

/**
 * The record the parts choose, starting from the dish's words: each part is tried in turn, by its
 * name and then its head word (in the order given: a named bread first), and kept when a record
 * still holds them all. `used` counts the parts.
 */
function recordByParts(
  database: FoodDatabase,
  start: string,
  head: string,
  parts: readonly Draft[],
): { best: Food | null; used: number } {
  let words = [start];
  let best: Food | null = null;
  for (const part of parts) {
    // Lettuce, tomato and pickles change little and match odd records ("a cheeseburger sub").
    if (part.food.per100g.kcal < GARNISH_KCAL_PER_100G) continue;
    // What a dish is on is its bread or base, which its record already holds: "a turkey sandwich on
    // white bread" is a turkey sandwich, not a record that happens to name white bread.
    const bread = namedBreadOf(part);
    if (part.fragment.joinedBy === 'on' && bread === null) continue;
    const key = part.range.span.key;
    // "un sandwich de pavo": a part called by a word its record lacks (Spanish) is tried by the
    // head of its record too ("Turkey, breast, ...").
    const description = part.food.description.toLowerCase();
    const foreign = !description.includes(key.split(' ').at(-1) ?? key);
    const recordHead = foreign ? (description.split(/[^a-z]/)[0] ?? key) : key;
    for (const tried of new Set([key, key.split(' ').at(-1) ?? key, recordHead])) {
      const found = bestDish(database, [...words, tried].join(' '), head);
      if (found === null || (bread !== null && !found.description.toLowerCase().includes(bread))) continue;
      words = [...words, tried];
      best = found;
      break;
    }
  }
  return { best, used: words.length - 1 };
}

/**
 * "a breakfast burrito with egg, sausage and potatoes", "an omelet with cheese": FNDDS codes a dish
 * by what is in it, so the parts named choose the dish's record. Each part is tried in turn with
 * the dish's name, through the ranked search, and kept when a record still holds them all.
 */
function dishWithParts(dish: Draft, parts: readonly Draft[], database: FoodDatabase): Draft | null {
  const key = dish.range.span.key;
  const head = key.split(' ').at(-1) ?? '';
  // "a breakfast sandwich with egg, bacon and cheese on a croissant": FNDDS's "Croissant sandwich
  // with bacon, egg, and cheese" has no "breakfast"; with a named bread, the head word alone may
  // find a record holding more of the parts.
  // The bread a dish is on, when it has a name of its own, chooses first: FNDDS codes breakfast
  // sandwiches by it ("Croissant sandwich with bacon, egg, and cheese", "... on English muffin").
  const breads = parts.filter((part) => namedBreadOf(part) !== null);
  const ordered =
    breads.length === 0 ? parts : [...breads, ...parts.filter((part) => !breads.includes(part))];
  const byName = recordByParts(database, key, head, ordered);
  const byHead = head === key || breads.length === 0 ? byName : recordByParts(database, head, head, ordered);
  const best = (byHead.used > byName.used ? byHead : byName).best;
  if (best === null || best === dish.food) return null;
  const candidates = [best];
  // "a salad with chicken" may be FNDDS's chicken caesar salad, but "salad" promised no caesar dressing.
  const choseByParts = dish.food.comesWith === undefined ? true : undefined;
  return {
    ...dish,
    food: best,
    range: { ...dish.range, span: { ...dish.range.span, candidates } },
    ...(choseByParts && { choseByParts }),
  };
}

const GARNISH_KCAL_PER_100G = 45;

/** Breads named by a word no other bread has: what a sandwich "on" one is picks its record. */
const GENERIC_BREAD_WORDS = new Set(['bread', 'toast', 'slice']);

/** "on a croissant": the named bread's word, or null for a part that is not a named bread it is on. */
function namedBreadOf(part: Draft): string | null {
  if (part.fragment.joinedBy !== 'on' || part.food.category !== 'bread') return null;
  const word = part.range.span.key.split(' ').at(-1) ?? '';
  return GENERIC_BREAD_WORDS.has(word) ? null : word;
}

/** How many of the search's hits a dish's parts may choose among when the best adds what was not said. */
const DISH_CANDIDATES = 4;

const bestDishes = new WeakMap<FoodDatabase, Map<string, Food | null>>();

/** The dish record for a query of a dish and its parts, remembered: the same dishes come back. */
function bestDish(database: FoodDatabase, query: string, head: string): Food | null {
  let known = bestDishes.get(database);
  if (known === undefined) {
    known = new Map();
    bestDishes.set(database, known);
  }
  const key = `${head} ${query}`;
  let food = known.get(key);
  if (food === undefined) {
    if (known.size >= BEST_DISH_CACHE) known.clear();
    food = searchBestDish(database, query, head);
    known.set(key, food);
  }
  return food;
}

const BEST_DISH_CACHE = 2_000;

function searchBestDish(database: FoodDatabase, query: string, head: string): Food | null {
  const top = topMatch(database)(query);
  if (top === null) return null;
  const hits = addsUnsaid(top, query)
    ? database
        .searchIndex()
        .search(query, DISH_CANDIDATES)
        .map((hit) => (hit.tier === 'fuzzy' ? undefined : database.byId(hit.id)))
    : [top];
  for (const food of hits) {
    if (food === undefined || !isDish(food) || addsUnsaid(food, query)) continue;
    if ([food.name, food.description, ...food.names].some((name) => name.toLowerCase().includes(head)))
      return food;
  }
  return null;
}

/** What binds a salad USDA names "made with": "Chicken or turkey salad, made with mayonnaise". */
const BINDERS = new Set(['mayonnaise', 'dressing']);

/**
 * A record bound with a dressing the text never said is another dish: "a salad with chicken" is a
 * garden salad with chicken, not chicken salad made with mayonnaise. (The fat an omelet was "made
 * with" is no such thing.)
 */
function addsUnsaid(food: Food, query: string): boolean {
  const description = food.description.toLowerCase();
  const at = description.indexOf('made with ');
  if (at < 0) return false;
  const made = description.slice(at + 'made with '.length).split(/[^a-z]+/);
  if (!made.some((word) => BINDERS.has(word))) return false;
  const said = new Set(query.split(' '));
  return !made.some((word) => said.has(word));
}

/** Meat in a bowl is 3 oz cooked (the README's convention). */
const BOWL_MEAT = { count: 3, unit: 'oz' };
const MEAT_CATEGORIES = new Set(['meat', 'poultry', 'seafood']);

/**
 * "a chicken burrito bowl with rice, beans and salsa" is its parts, and the chicken its name holds
 * is one of them: the longest start of the name that is a meat, poultry or seafood.
 */
function bowlMeat(bowl: Draft, database: FoodDatabase): Draft | null {
  const words = bowl.range.span.key.split(' ');
  for (let end = words.length - 1; end > 0; end -= 1) {
    const key = words.slice(0, end).join(' ');
    const candidates = database.names.lookup(key)?.filter((food) => MEAT_CATEGORIES.has(food.category));
    const food =
      candidates === undefined ? undefined : database.chooseForm(candidates, bowl.modifiers.preparations);
    if (candidates === undefined || food === undefined) continue;
    const unit = unitFromWords(BOWL_MEAT.unit, undefined)?.unit ?? null;
    const modifiers = {
      ...bowl.modifiers,
      amount: { count: BOWL_MEAT.count, unit, size: null, hints: new Set<string>() },
    };
    const span = { ...bowl.range.span, key, candidates };
    return { ...bowl, food, modifiers, stated: true, range: { ...bowl.range, span } };
  }
  return null;
}

/** "rice, 1 cup" or "eggs, scrambled": a fragment that only describes the item before it. */
function amendPrevious(
  previous: Draft,
  modifiers: Modifiers,
  database: FoodDatabase,
  findFood: FoodFinder,
): void {
  // "a 90/10 patty, 4 oz raw": an amount stated after the item says more than its "a".
  const onlyArticle = previous.modifiers.amount.article === true && previous.modifiers.amount.unit === null;
  if (isStated(modifiers) && (!hasAmount(previous.modifiers) || onlyArticle)) {
    const hints = new Set([...previous.modifiers.amount.hints, ...modifiers.amount.hints]);
    previous.modifiers.amount = { ...modifiers.amount, hints };
    previous.stated = true;
  } else if (hasAmount(modifiers) && !hasAmount(previous.modifiers))
    previous.modifiers.amount = modifiers.amount;
  // "a latte, large", "a smoothie, the medium": a size said after the item is its size.
  const size = modifiers.amount.size;
  if (size !== null && previous.modifiers.amount.size === null) {
    const hints = new Set([...previous.modifiers.amount.hints, ...modifiers.amount.hints]);
    previous.modifiers.amount = { ...previous.modifiers.amount, size, hints };
  }
  // "greek yogurt, 2%": a percentage said after the item still picks its record.
  const percentSaid = saidPercent(modifiers.amount.hints) !== null;
  if (percentSaid) for (const hint of modifiers.amount.hints) previous.modifiers.amount.hints.add(hint);
  if ((modifiers.preparations.size === 0 && !percentSaid) || previous.searched === true) return;
  for (const preparation of modifiers.preparations) previous.modifiers.preparations.add(preparation);
  const { candidates, key } = previous.range.span;
  // "5 oz pork chop, raw weight": a state said after the item still picks its raw record.
  const percent = saidPercent(previous.modifiers.amount.hints);
  const stated = statedForm(
    database.chooseForm(candidates, previous.modifiers.preparations),
    key,
    previous.modifiers.preparations,
    findFood,
  );
  previous.food = percentForm(database, stated ?? previous.food, percent, householdUnit(previous.modifiers));
}

function readItemModifiers(tokens: readonly Token[], range: ItemRange, lexicon: Lexicon): Modifiers {
  const before = emptyModifiers();
  readModifiers(tokens, range.start, range.span.start, lexicon, before);
  const after = emptyModifiers();
  readModifiers(tokens, range.span.end, range.end, lexicon, after);
  const hints = new Set([...before.amount.hints, ...after.amount.hints]);
  if (!hasAmount(before)) before.amount = after.amount;
  before.amount.hints = hints;
  for (const preparation of after.preparations) before.preparations.add(preparation);
  return before;
}

/** The item a "with" addition goes into: the last item not itself added "with" something. */
function hostOf(drafts: readonly Draft[], index: number): Draft | null {
  const draft = drafts[index];
  const before = drafts[index - 1];
  if (draft === undefined) return null;
  // "avocado toast": the avocado is on the toast named right after it, as in "toast with avocado".
  if (draft.range.tops === true) return drafts[index + 1] ?? null;
  if (draft.fragment.joinedBy !== 'with') {
    // "a cuppa, milk and one sugar": milk or sugar listed right after a coffee or tea goes into it.
    const added = before !== undefined && goesIntoDrink(draft.food, before.food);
    return added && !hasAmount(draft.modifiers) ? before : null;
  }
  for (let k = index - 1; k >= 0; k -= 1) {
    const candidate = drafts[k] as Draft;
    if (candidate.fragment.joinedBy !== 'with') return candidate;
  }
  return null;
}

function toItem(draft: Draft, host: Draft | null): ParsedItem {
  const { food, modifiers } = draft;
  let amount = modifiers.amount;
  if (!hasAmount(modifiers)) {
    const contextual = host === null ? null : additionAmount(food, host.food);
    const plural = draft.plural && !isNamedInPlural(food, draft.range.span.key) ? pluralAmount(food) : null;
    amount = draft.conventional ?? contextual ?? plural ?? amount;
  }
  const portion = plausiblePortion(food, amount);
  const confidence =
    BASE_CONFIDENCE -
    CORRECTION_DOUBT * draft.corrections -
    (draft.range.describedBy === null ? 0 : DESCRIBED_DOUBT) -
    (draft.searched === true ? SEARCHED_DOUBT : 0) -
    portion.doubt;
  return nutrientItem(
    food,
    portion.grams,
    portion.quantity,
    portion.unit,
    confidence,
    assumptionsOf(draft, amount, portion),
  );
}

/** "french fries", "strawberries": the food's own first name is plural, so it says nothing about count. */
function isNamedInPlural(food: Food, key: string): boolean {
  const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);
  return lastWord(food.names[0] ?? '') === lastWord(key);
}

/**
 * What the parser filled in: no amount at all is an assumed quantity ("coffee"); a counted thing
 * with no size is an assumed size ("an apple" is a medium one); a count of a food measured in
 * bulk or by the serving is an assumed unit; a food found under a name shared by several forms is
 * an assumed form.
 */
function assumptionsOf(draft: Draft, amount: Amount, portion: PortionReading): Assumption[] {
  const assumed: Assumption[] = [];
  const stated = draft.modifiers.amount;
  if (!hasAmount(draft.modifiers) || amount.count === null) assumed.push('quantity');
  if (stated.unit === null && stated.size === null) {
    // "an apple" is a medium one; "2 salads" are two usual servings; "a hamburger" is one burger.
    if (portion.sizeAssumed) assumed.push('size');
    else if (hasAmount(draft.modifiers) && isBulk(portion.unit)) assumed.push('unit');
  }
  const forms = draft.range.span.candidates.length > 1 && draft.modifiers.preparations.size === 0;
  if (forms || draft.searched === true) assumed.push('form');
  return assumed;
}

/** One item above this many kcal from a count of portions is a number misread as an amount. */
const IMPLAUSIBLE_ITEM_KCAL = 2500;
const IMPLAUSIBLE_DOUBT = 0.3;

/**
 * "a slice of 100 percent whole wheat bread" must never be 8,000 kcal: when a count of portions
 * (not a weight or volume the text stated) makes one item implausibly large, the count is not
 * an amount, and the item is one portion, with less confidence.
 */
function plausiblePortion(food: Food, amount: Amount): PortionReading {
  const portion = portionGrams(food, amount);
  const kcal = (portion.grams * food.per100g.kcal) / 100;
  const counted = amount.unit === null || amount.unit.kind === 'household';
  if (kcal <= IMPLAUSIBLE_ITEM_KCAL || !counted || (amount.count ?? 1) <= 1) return portion;
  const single = portionGrams(food, { ...amount, count: 1 });
  return { ...single, doubt: single.doubt + IMPLAUSIBLE_DOUBT };
}

/** The household measure a text counts in ("2 squares"), not a weight or a volume. */
const householdUnit = (modifiers: Modifiers) =>
  modifiers.amount.unit?.kind === 'household' ? modifiers.amount.unit.name : null;

/** A number or a unit, not just "a": "with an egg" names a part, "with 2 eggs" measures it. */
function isStated(modifiers: Modifiers): boolean {
  const { count, unit } = modifiers.amount;
  return unit !== null || (count !== null && !modifiers.amount.article);
}

/** "cooked oats" without its state is "oats", whose dry record a raw weight wants. */
const COOKED_WORDS = /\b(cooked|boiled|baked|grilled|fried|roasted|steamed|prepared)\b/g;

/** Words of a raw or dry weight, and how USDA descriptions say them. */
const RAW_STATES: ReadonlyMap<string, readonly string[]> = new Map([
  ['raw', ['raw', 'dry']],
  ['uncooked', ['raw', 'dry']],
  ['dry', ['dry', 'raw']],
]);

/**
 * "75 g raw brown rice", "2 oz dry egg noodles", "200 g raw cod": a raw or dry weight is of the
 * raw or dry food. When no curated form of the name is raw, the table's own record is found by
 * the name and the state ("brown rice raw" is "Rice, brown, long-grain, raw").
 */
function statedForm(
  chosen: Food | undefined,
  name: string,
  preparations: ReadonlySet<string>,
  findFood: FoodFinder,
): Food | undefined {
  if (chosen === undefined) return undefined;
  for (const [word, states] of RAW_STATES) {
    if (!preparations.has(word)) continue;
    // "cooked, dry heat" is USDA's cooked meat, not a dry one.
    const description = ` ${chosen.description
      .toLowerCase()
      .replaceAll('dry heat', '')
      .replace(/[^a-z]+/g, ' ')} `;
    if (chosen.preparations.includes(word) || states.some((state) => description.includes(` ${state} `)))
      return chosen;
    // "uncooked oatmeal" is the food's other name ("oats") raw, and still a cereal, not a cookie mix.
    const uncooked = chosen.names.map((known) => nameKey(known).replace(COOKED_WORDS, ' ').trim());
    for (const known of [name, ...uncooked]) {
      for (const state of states) {
        const found = findFood(`${known} ${state}`);
        if (found !== null && found.category === chosen.category) return found;
      }
    }
  }
  return chosen;
}

const PLAIN_MILK = 'milk';
const MILK_FOR_DRINKS = nameKey('2% milk');

/** "tea with milk": milk poured into a drink with no kind named is 2% milk (the README's convention). */
function milkInDrink(draft: Draft, host: Draft | null, database: FoodDatabase): Draft {
  if (host === null || draft.range.span.key !== PLAIN_MILK) return draft;
  if (host.food.category !== 'drinks') return draft;
  const reduced = database.names.lookup(MILK_FOR_DRINKS)?.[0];
  return reduced === undefined ? draft : { ...draft, food: reduced };
}

/**
 * "a caesar salad", "fish and chips": what the name promises and the record leaves out (the
 * dressing, the chips), in the curated amount, unless the meal names it itself ("caesar salad with
 * ranch", "fish and chips and a side of fries").
 */
function companionItems(drafts: readonly Draft[], database: FoodDatabase): ParsedItem[] {
  const items: ParsedItem[] = [];
  for (const draft of drafts) {
    const companion = draft.choseByParts === true ? undefined : draft.food.comesWith;
    const candidate = companion === undefined ? undefined : database.byId(companion.food);
    const food = candidate === undefined || mealNames(drafts, candidate) ? undefined : candidate;
    if (companion === undefined || food === undefined) continue;
    const space = companion.amount.indexOf(' ');
    const count = Number(companion.amount.slice(0, space)) * (draft.modifiers.amount.count ?? 1);
    const unit = companion.amount.slice(space + 1);
    const grams = count * (food.portions.find((portion) => portion.unit === unit)?.grams ?? 0);
    items.push(nutrientItem(food, grams, count, unit, BASE_CONFIDENCE - COMPANION_DOUBT, ['quantity']));
  }
  return items;
}

const isDressing = (food: Food) => food.names.some((name) => name.includes('dressing'));

/**
 * The meal names the companion itself ("fish and chips and a side of fries"), or, for a dressing,
 * any dressing ("caesar salad with ranch").
 */
function mealNames(drafts: readonly Draft[], companion: Food): boolean {
  const dressing = isDressing(companion);
  return drafts.some((draft) => draft.food.id === companion.id || (dressing && isDressing(draft.food)));
}

const COMPANION_DOUBT = 0.1;
const GENERIC_DRESSINGS = new Set(['dressing', 'salad dressing', 'the dressing']);

/**
 * "a caesar salad with the dressing on the side": a dressing named with no kind is the one the
 * salad comes with, in its usual amount unless the text gives one.
 */
function theSaladsDressing(draft: Draft, drafts: readonly Draft[], database: FoodDatabase): void {
  if (!GENERIC_DRESSINGS.has(draft.range.span.key)) return;
  const companion = drafts.find((other) => other.food.comesWith !== undefined)?.food.comesWith;
  const food = companion === undefined ? undefined : database.byId(companion.food);
  if (companion === undefined || food === undefined) return;
  draft.food = food;
  if (hasAmount(draft.modifiers) && draft.modifiers.amount.article !== true) return;
  const [count, unit] = companion.amount.split(' ');
  const measure = unitFromWords(unit ?? '', undefined)?.unit ?? null;
  draft.modifiers.amount = {
    count: Number(count),
    unit: measure,
    size: null,
    hints: new Set(),
    article: false,
  };
}
