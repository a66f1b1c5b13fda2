/**
 * Decides whether a fragment that matched no food looked like food ("2 zorblats", "a bowl of
 * pho") and should be reported as unknown, or was filler, small talk or keyboard mash.
 */
import { hasAmount, type Modifiers } from './amount.js';
import { ENGLISH_WORDS } from './english-words.js';
import { EATING_WORDS, FILLER_WORDS, NOT_EATING_VERBS, NOT_FOOD_NOUNS } from './filler-words.js';
import { isStructuralWord, type Lexicon } from './lexicon.js';

const VOWELS = /[aeiouy]/;
const MAX_CONSONANT_RUN = 4;
/** Longer leftovers are sentences about something else, not a food name we lack. */
const MAX_UNKNOWN_WORDS = 4;

function looksLikeMash(word: string): boolean {
  if (!VOWELS.test(word)) return true;
  let run = 0;
  for (const c of word) {
    run = VOWELS.test(c) ? 0 : run + 1;
    if (run > MAX_CONSONANT_RUN) return true;
  }
  return false;
}

function isContentWord(word: string, lexicon: Lexicon): boolean {
  return (
    word.length > 1 &&
    !lexicon.isPreparationWord(word) &&
    !isStructuralWord(word) &&
    !ENGLISH_WORDS.has(word) &&
    !EATING_WORDS.has(word) &&
    !NOT_EATING_VERBS.has(word) &&
    /^[a-z]+$/.test(word)
  );
}

/** The fragment's words without leading and trailing filler, if it looked like food; else `null`. */
export function unknownFoodText(
  words: readonly string[],
  modifiers: Modifiers,
  lexicon: Lexicon,
): string | null {
  const content = words.filter((word) => isContentWord(word, lexicon));
  if (content.length === 0 || content.length > MAX_UNKNOWN_WORDS) return null;
  if (content.every(looksLikeMash) && !hasAmount(modifiers)) return null;
  let first = 0;
  let last = words.length - 1;
  while (first <= last && (words[first] === '' || FILLER_WORDS.has(words[first] as string))) first += 1;
  while (last >= first && (words[last] === '' || FILLER_WORDS.has(words[last] as string))) last -= 1;
  return words
    .slice(first, last + 1)
    .filter((w) => w !== '')
    .join(' ');
}

const AROUND_WORDS = new Set(['after', 'before', 'post', 'pre', 'during']);

/**
 * "played squash", "buy milk tomorrow", "my orange shirt": a fragment about something other than
 * eating. `foodAt` is the index of the first food name among `words` (or their length), `foodEnd`
 * the index after it: a thing named by the food ("orange shirt") directly follows it, while "an
 * apple in the car" is still an apple.
 */
export function isNotAMeal(words: readonly string[], foodAt: number, foodEnd = foodAt): boolean {
  if (words.some((w) => EATING_WORDS.has(w))) return false;
  if (
    NOT_FOOD_NOUNS.has(words[foodEnd] ?? '') ||
    (foodAt === words.length && words.some((w) => NOT_FOOD_NOUNS.has(w)))
  ) {
    return true;
  }
  for (let i = 0; i < foodAt; i += 1) {
    // "after my run": the activity is when, not what.
    if (AROUND_WORDS.has(words[i] as string)) return false;
    if (NOT_EATING_VERBS.has(words[i] as string)) return true;
  }
  return false;
}
