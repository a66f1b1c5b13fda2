/**
 * A meal is often named by its kind first and then told item by item: "we ordered pizza and I ate
 * 3 slices of pepperoni", "sushi for lunch, 8 pieces of california roll", "steak night: an 8 oz
 * ribeye", "2 pieces of fried chicken, a breast and a drumstick". The kind is the topic, not one
 * more thing eaten:
 * - an item the topic completes into a food ("pepperoni" + "pizza", "fried chicken" + "breast")
 *   becomes that food;
 * - an item that is itself of the topic's kind ("California roll" is sushi, a ribeye a steak)
 *   stays as it is;
 * and either way the topic is dropped, since the items say what and how much was eaten.
 */
import type { FoodDatabase } from '../foods/database.js';
import type { Food } from '../foods/food.js';
import type { Fragment } from './fragments.js';
import type { ItemRange } from './items.js';
import type { Token } from './tokenize.js';

export type TopicDraft = {
  food: Food;
  range: ItemRange;
  fragment: Fragment;
  modifiers: { preparations: ReadonlySet<string>; amount: { count: number | null; unit: unknown } };
  searched?: boolean;
  /** Listed after a colon or dash that tells the item before it: "pizza: 3 slices of pepperoni". */
  spelledOut?: boolean;
};

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word !== '');
const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/** No number, unit or article: "pizza", "sushi", "burgers". */
const isBare = (draft: TopicDraft) =>
  draft.modifiers.amount.count === null && draft.modifiers.amount.unit === null;

/** "fried chicken, a breast": the next item starts right after a comma, colon or dash. */
function followsPunctuation(tokens: readonly Token[], topic: TopicDraft, next: TopicDraft): boolean {
  const before = tokens[next.fragment.start - 1];
  return (
    next.fragment.start === topic.fragment.end + 1 && (before?.kind === 'break' || before?.kind === 'dash')
  );
}

/**
 * "California roll" (Sushi roll, California) is sushi; a ribeye steak is a steak; a "hamburger" is
 * one of the burgers; sausage gravy is the gravy. The topic's word must head the item's name or its
 * description: "Caesar dressing" names a salad but is no salad, nor is "Pasta sauce" pasta.
 */
function isOfKind(food: Food, topic: TopicDraft): boolean {
  if (food === topic.food) return true;
  const head = singular(wordsOf(topic.range.span.key).at(-1) ?? '');
  if (head.length < 4) return false;
  const { nameHead, descriptionHead } = headsOf(food);
  // USDA heads dressings and sauces by what they go on ("Salad dressing, caesar").
  return nameHead.endsWith(head) || (descriptionHead === head && !SAUCES.has(food.category));
}

type Heads = { nameHead: string; descriptionHead: string };
const heads = new WeakMap<Food, Heads>();

/** A food's head words, worked out once: every meal with two items asks. */
function headsOf(food: Food): Heads {
  let known = heads.get(food);
  if (known === undefined) {
    known = {
      nameHead: singular(wordsOf(food.name.split(',')[0] ?? '').at(-1) ?? ''),
      descriptionHead: singular(wordsOf(food.description).at(0) ?? ''),
    };
    heads.set(food, known);
  }
  return known;
}

const SAUCES = new Set(['condiments', 'fats_oils']);

/** The food an item and its topic name together: "pepperoni pizza", "fried chicken breast". */
function completed(database: FoodDatabase, item: TopicDraft, topic: TopicDraft): readonly Food[] | undefined {
  const itemKey = item.range.span.key;
  const topicKey = topic.range.span.key;
  if (itemKey.includes(topicKey) || topicKey.includes(itemKey)) return undefined;
  return database.names.lookup(`${itemKey} ${topicKey}`) ?? database.names.lookup(`${topicKey} ${itemKey}`);
}

const SHARING_WORDS = new Set(['split', 'shared', 'share', 'sharing', 'family', 'everyone', 'table']);

function isShared(tokens: readonly Token[], draft: TopicDraft): boolean {
  for (let i = draft.fragment.start; i < draft.fragment.end; i += 1) {
    const token = tokens[i];
    if (token?.kind === 'word' && SHARING_WORDS.has(token.text)) return true;
  }
  return false;
}

/** Drafts in order, topics dropped and the items they complete made whole. Mutates the items. */
export function resolveTopics<T extends TopicDraft>(
  drafts: readonly T[],
  tokens: readonly Token[],
  database: FoodDatabase,
): T[] {
  if (drafts.length < 2) return [...drafts];
  const dropped = new Set<T>();
  for (let k = 0; k < drafts.length; k += 1) {
    const topic = drafts[k] as T;
    if (topic.searched === true || dropped.has(topic) || topic.fragment.joinedBy !== null) continue;
    // "my son and I split a stack of pancakes, so I had 2 pancakes": the shared dish is not what I ate.
    if (isShared(tokens, topic) && drafts.slice(k + 1).some((later) => later.food === topic.food)) {
      dropped.add(topic);
      continue;
    }
    const bare = isBare(topic);
    let told = false;
    for (let j = k + 1; j < drafts.length; j += 1) {
      const item = drafts[j] as T;
      // A counted topic ("2 pieces of fried chicken") is told only by the items listed after it.
      if (!bare && !(j === k + 1 ? followsPunctuation(tokens, topic, item) : told)) break;
      if (item.fragment.joinedBy === 'without') continue;
      // "chicken and rice" are two foods, not "chicken rice": only an item told with an amount or
      // an article ("3 slices of pepperoni", "a breast") is completed by its topic, and never one
      // it is served with ("pizza with pepperoni" stays a pizza with its topping).
      // "pizza: 3 slices of pepperoni" tells the pizza, as "pizza, 3 slices of pepperoni" does.
      const added =
        (item.fragment.joinedBy === 'with' || item.fragment.continues === 'with') && item.spelledOut !== true;
      const whole = isBare(item) || added ? undefined : completed(database, item, topic);
      const food = whole === undefined ? undefined : database.chooseForm(whole, item.modifiers.preparations);
      if (whole !== undefined && food !== undefined) {
        item.food = food;
        item.range = { ...item.range, span: { ...item.range.span, candidates: [...whole] } };
        told = true;
      } else if (isOfKind(item.food, topic) && item.food !== topic.food && (bare || j === k + 1)) {
        // "a bowl of cereal, like a cup and a half of cheerios": the same meal said more exactly.
        told = true;
      } else if (bare && item.food === topic.food) told = true;
      else if (!bare) break;
    }
    if (told) dropped.add(topic);
  }
  return drafts.filter((draft) => !dropped.has(draft));
}
