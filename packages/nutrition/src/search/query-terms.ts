/**
 * A query as term lookups: its content words (at most MAX_QUERY_WORDS, each once), and for each
 * the terms it may mean. The last word may be unfinished, so from two letters on it also matches by
 * prefix. A word that is not in the vocabulary (and, if last, starts no word either) is taken as a
 * typo and matched within an edit budget that grows with its length.
 */
import { contentWords } from './entry-table.js';
import { fold } from './normalize.js';
import type { TermMatch, Vocabulary } from './vocabulary.js';

/** Longer input is cut: no food name is longer, and the work per query stays bounded. */
const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_WORDS = 8;
/**
 * One letter starts a word of half the table and says almost nothing of which: it is taken as a
 * word of its own ("vitamin c"), so the answer and its cost stay small.
 */
const MIN_PREFIX_LENGTH = 2;
/** Longer words are never compared by edit distance (no term is that long, and it bounds the cost). */
const MAX_FUZZY_LENGTH = 24;

export type QueryWord = { folded: string; exact: number | undefined; matches: TermMatch[] };

/** Edits allowed for a word of this length: none up to 3 letters, 1 up to 5, then 2. */
const editBudget = (length: number): number => (length <= 3 ? 0 : length <= 5 ? 1 : 2);

const isLetters = (word: string) => {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

function queryWords(query: string): string[] {
  const unique = new Map<string, string>();
  for (const word of contentWords(query.length > MAX_QUERY_CHARS ? query.slice(0, MAX_QUERY_CHARS) : query)) {
    if (unique.size === MAX_QUERY_WORDS) break;
    const folded = fold(word);
    unique.delete(folded); // a repeated word counts where it was typed last
    unique.set(folded, word);
  }
  return [...unique.values()];
}

/**
 * The query's words and their terms, or null as soon as one word means no term: every word must
 * match, so the rest need not be looked up (nonsense costs one fuzzy lookup, not eight).
 */
export function queryTerms(query: string, vocabulary: Vocabulary): QueryWord[] | null {
  const written = queryWords(query);
  const words: QueryWord[] = [];
  for (const [index, word] of written.entries()) {
    const folded = fold(word);
    const exact = vocabulary.termOf(folded);
    const matches: TermMatch[] = exact === undefined ? [] : [{ term: exact, cost: 0, prefix: false }];
    if (index === written.length - 1 && word.length >= MIN_PREFIX_LENGTH)
      for (const match of vocabulary.prefixed(word)) if (match.term !== exact) matches.push(match);
    const budget = editBudget(folded.length);
    if (matches.length === 0 && budget > 0 && folded.length <= MAX_FUZZY_LENGTH && isLetters(folded))
      matches.push(...vocabulary.near(folded, budget));
    if (matches.length === 0) return null;
    words.push({ folded, exact, matches });
  }
  return words;
}
