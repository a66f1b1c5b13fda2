/**
 * Looks foods up by the words a person writes. Keys are names tokenized exactly like the input
 * and joined with single spaces, including plural forms and the run-together spelling of
 * multi-word names ("icecream"). A prefix set lets the parser extend a match word by word and
 * keep the longest one, so "peanut butter" wins over "butter" without trying every length.
 */
import { combineNumbers } from '../parser/numbers.js';
import { tokenize } from '../parser/tokenize.js';
import type { Food } from './food.js';
import { pluralForms } from './plurals.js';

export type NameIndex = {
  /** Foods sharing this exact name key: one food, or several preparations of one food. */
  lookup(key: string): readonly Food[] | undefined;
  /** True when some longer name starts with these words. */
  continues(key: string): boolean;
  /** Whether the last word of a key is the plural of a name word ("eggs", "scrambled eggs"). */
  isPlural(key: string): boolean;
  /** Every single word used in some name, for the spelling corrector. */
  words: ReadonlySet<string>;
};

/** The words of a name or preparation phrase as the parser sees them: "Hard-boiled" → "hard boiled". */
export function nameKey(text: string): string {
  const words: string[] = [];
  for (const token of combineNumbers(tokenize(text))) {
    if (token.kind === 'word' || token.kind === 'number') words.push(token.text);
  }
  return words.join(' ');
}

function derivedKeys(key: string): string[] {
  const keys = pluralForms(key);
  if (key.includes(' ')) keys.push(key.replaceAll(' ', ''));
  return keys;
}

function add(byKey: Map<string, Food[]>, key: string, food: Food): void {
  const entries = byKey.get(key);
  if (entries === undefined) byKey.set(key, [food]);
  else if (!entries.includes(food)) entries.push(food);
}

export function buildNameIndex(foods: readonly Food[]): NameIndex {
  const byKey = new Map<string, Food[]>();
  const written = foods.map((food) => ({ food, keys: food.names.map(nameKey).filter((key) => key !== '') }));
  for (const { food, keys } of written) for (const key of keys) add(byKey, key, food);
  // Derived forms never override a name someone wrote: "chips" stays the entry that lists it,
  // even if another entry's "chip" would pluralise to it.
  const exact = new Set(byKey.keys());
  for (const { food, keys } of written) {
    for (const key of keys)
      for (const derived of derivedKeys(key)) if (!exact.has(derived)) add(byKey, derived, food);
  }
  const prefixes = new Set<string>();
  const words = new Set<string>();
  for (const key of byKey.keys()) {
    const parts = key.split(' ');
    for (const part of parts) words.add(part);
    for (let end = 1; end < parts.length; end += 1) prefixes.add(parts.slice(0, end).join(' '));
  }
  const pluralWords = new Set([...words].flatMap((word) => pluralForms(word)));
  return {
    lookup: (key) => byKey.get(key),
    isPlural: (key) => pluralWords.has(key.slice(key.lastIndexOf(' ') + 1)),
    continues: (key) => prefixes.has(key),
    words,
  };
}
