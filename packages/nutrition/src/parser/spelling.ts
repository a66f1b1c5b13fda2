/**
 * Corrects misspelt food words ("chiken", "brocolli") to a word of the database's vocabulary.
 * Conservative on purpose: words of three letters are never corrected, four-letter words only for
 * a dropped letter (too many real words sit one changed letter from a food: "been"/"bean",
 * "ride"/"rice"), known English words are never corrected, and a correction must be the single
 * closest candidate.
 */
import { editDistance } from './edit-distance.js';

export type SpellingCorrector = {
  /** The vocabulary word meant, `null` when the word is fine as it is or nothing is close enough. */
  correct(word: string): string | null;
};

const MIN_LENGTH = 4;
/** Below this length only a dropped letter is mended ("aple"), never a changed one ("been"). */
const SUBSTITUTION_MIN_LENGTH = 5;
const CACHE_LIMIT = 10_000;

/** Distance 1 up to seven letters, 2 from eight: long words carry more slips and fewer neighbours. */
export function maxDistanceFor(length: number): number {
  if (length < MIN_LENGTH) return 0;
  return length < 8 ? 1 : 2;
}

export function createSpellingCorrector(
  vocabulary: Iterable<string>,
  protectedWords: ReadonlySet<string>,
  /** Words that are a whole food name ("espresso"), preferred over parts of one ("express"). */
  wholeNames: ReadonlySet<string> = new Set(),
): SpellingCorrector {
  const byLength: string[][] = [];
  const known = new Set<string>();
  for (const word of vocabulary) {
    if (known.has(word) || !/^[a-z]+$/.test(word)) continue;
    known.add(word);
    const bucket = byLength[word.length] ?? [];
    bucket.push(word);
    byLength[word.length] = bucket;
  }
  // "grandmas", "moms": a plural or possessive of a protected word is protected too.
  const isProtected = (word: string) =>
    protectedWords.has(word) || stemsOf(word).some((stem) => protectedWords.has(stem));
  // Corrections are pure functions of the word, and meal texts repeat the same slips.
  const cache = new Map<string, string | null>();

  const search = (word: string): string | null => {
    const max = maxDistanceFor(word.length);
    let closest: string[] = [];
    let bestDistance = max + 1;
    const shortest = word.length < SUBSTITUTION_MIN_LENGTH ? word.length + 1 : word.length - max;
    for (let length = shortest; length <= word.length + max; length += 1) {
      for (const candidate of byLength[length] ?? []) {
        const distance = editDistance(word, candidate, Math.min(max, bestDistance));
        if (distance < bestDistance) {
          closest = [candidate];
          bestDistance = distance;
        } else if (distance === bestDistance && distance <= max) {
          closest.push(candidate);
        }
      }
    }
    return pickOne(word, closest, wholeNames);
  };

  return {
    correct(word) {
      if (word.length < MIN_LENGTH || known.has(word) || isProtected(word) || !/^[a-z]+$/.test(word)) {
        return null;
      }
      const cached = cache.get(word);
      if (cached !== undefined) return cached;
      if (cache.size >= CACHE_LIMIT) cache.clear();
      const corrected = search(word);
      cache.set(word, corrected);
      return corrected;
    },
  };
}

/** Minimum stem length for an inflection to count as its protected word ("topped" is "top"). */
const MIN_STEM = 3;

/**
 * The words an inflected word may come from: "moms" (mom), "topped" (top), "sliced" (slice),
 * "fried" (fry), "dipping" (dip). A word protected in any form is never "corrected" into a food:
 * "chili topped with cheddar" must not become "chili popped with cheddar".
 */
function stemsOf(word: string): string[] {
  const stems: string[] = [];
  const add = (stem: string) => {
    if (stem.length >= MIN_STEM) stems.push(stem);
  };
  for (const suffix of ['s', 'es', 'ed', 'ing', 'er', 'ers']) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    add(stem);
    add(`${stem}e`);
    // A doubled last consonant: "topped", "dipping".
    if (stem.length > 2 && stem.at(-1) === stem.at(-2)) add(stem.slice(0, -1));
    if (stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
  }
  return stems;
}

const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/**
 * One clear winner or nothing. Among equally close candidates a whole food name beats a word
 * that is only part of one ("expresso" is espresso, not the "express" of a restaurant's name);
 * then, since slips rarely hit the start of a word, the candidates sharing the longest start with
 * it; when those are a word and its plural ("tomato", "tomatoes" for "tomatoe"), the word.
 * Otherwise guessing would be wild.
 */
function pickOne(word: string, closest: readonly string[], wholeNames: ReadonlySet<string>): string | null {
  if (closest.length <= 1) return closest[0] ?? null;
  // "potatoe" is as close to "potato" as to "potatoes": the singular also fits inside a longer name
  // ("sweet potato fries"), and a lone plural is found from it all the same.
  const singular = closest.reduce((a, b) => (b.length < a.length ? b : a));
  const forms = new Set([singular, `${singular}s`, `${singular}es`]);
  if (closest.every((candidate) => forms.has(candidate))) return singular;
  const names = closest.filter((candidate) => wholeNames.has(candidate));
  const pool = names.length > 0 ? names : closest;
  if (pool.length === 1) return pool[0] as string;
  const longest = Math.max(...pool.map((candidate) => commonPrefix(word, candidate)));
  if (longest === 0) return null;
  const best = pool.filter((candidate) => commonPrefix(word, candidate) === longest);
  const shortest = best.reduce((a, b) => (b.length < a.length ? b : a));
  const plurals = new Set([shortest, `${shortest}s`, `${shortest}es`]);
  return best.every((candidate) => plurals.has(candidate)) ? shortest : null;
}
