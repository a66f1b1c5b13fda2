/**
 * Typo-tolerant, ranked food search over a table of entries (curated foods and USDA records).
 * A query's words are looked up in the vocabulary (exactly, by prefix for the last word, by edit
 * distance for words it does not know); an entry is a hit when it has every content word, in any
 * order and any field. Hits are ranked by tier, then score, then their place in `entries`, so a
 * caller lists the usual form of a food before its variants.
 */
import { buildEntryTable } from './entry-table.js';
import { MAX_QUERY_WORDS, type QueryWord, queryTerms } from './query-terms.js';
import { createScorer, FIELD_RANK, MAX_RARITY, matchBase, type SearchTier, tierOfScore } from './rank.js';
import { largest } from './top-k.js';
import type { TermMatch } from './vocabulary.js';

export type { SearchTier } from './rank.js';

export type SearchEntry = {
  id: string;
  name: string;
  synonyms: readonly string[];
  description: string | null;
  curated: boolean;
};

export type SearchHit = { id: string; score: number; tier: SearchTier };

export type FoodSearchIndex = {
  /** Best first, at most `limit` hits, each entry once; a blank query finds nothing. Never throws. */
  search(query: string, limit: number): SearchHit[];
};

/** Hits are ordered by one number: the score, then the entry's place (earlier first). */
const PLACES = 2 ** 21;

export function buildFoodSearchIndex(entries: readonly SearchEntry[]): FoodSearchIndex {
  if (entries.length >= PLACES) throw new RangeError(`at most ${PLACES - 1} search entries`);
  const table = buildEntryTable(entries);
  const { postingStart, postingEntries, postingFields } = table;
  // Per-query scratch, reused: which query last touched an entry, how many of its words matched,
  // and per word slot how (see matchBase) and through which term.
  const touched = new Int32Array(entries.length);
  const wordsMatched = new Uint8Array(entries.length);
  const codes = new Uint16Array(entries.length * MAX_QUERY_WORDS);
  const terms = new Int32Array(entries.length * MAX_QUERY_WORDS);
  const complete = new Int32Array(entries.length);
  const scorer = createScorer(table, codes, terms);
  const curated = table.curated;
  // Local copies: imported bindings can cost a getter call per read once transpiled to CommonJS.
  const slots = MAX_QUERY_WORDS;
  const fieldRank = FIELD_RANK;
  let queryId = 0;

  const entriesUsing = (term: number) => (postingStart[term + 1] as number) - (postingStart[term] as number);
  const postingCount = (word: QueryWord) => word.matches.reduce((sum, m) => sum + entriesUsing(m.term), 0);

  /** 0 for the commonest of a word's terms, up to MAX_RARITY for one used once (log scale). */
  function rarities(word: QueryWord): Uint8Array {
    const logs = word.matches.map((m) => Math.log1p(entriesUsing(m.term)));
    const most = Math.max(...logs);
    return Uint8Array.from(logs, (log) => (most === 0 ? 0 : Math.round(MAX_RARITY * (1 - log / most))));
  }

  /**
   * Entries having every word, into `complete`; returns how many. Rarest word first; later words
   * only visit entries still in.
   */
  function entriesWithEvery(words: readonly QueryWord[]): number {
    // A long-lived server runs out of query ids after 2^31 searches: start the stamps over.
    if (queryId === 0x7fffffff) {
      touched.fill(0);
      queryId = 0;
    }
    queryId += 1;
    const order = words
      .map((_, slot) => slot)
      .sort((a, b) => postingCount(words[a] as QueryWord) - postingCount(words[b] as QueryWord));
    let completed = 0;
    const lastStep = words.length - 1;
    for (let step = 0; step < words.length; step += 1) {
      const slot = order[step] as number;
      const word = words[slot] as QueryWord;
      const rarity = rarities(word);
      for (let m = 0; m < word.matches.length; m += 1) {
        const match = word.matches[m] as TermMatch;
        const base = matchBase(match.cost, rarity[m] as number, match.prefix);
        const end = postingStart[match.term + 1] as number;
        for (let p = postingStart[match.term] as number; p < end; p += 1) {
          const entry = postingEntries[p] as number;
          if (touched[entry] !== queryId) {
            if (step > 0) continue;
            touched[entry] = queryId;
            wordsMatched[entry] = 0;
          }
          const code = base + (fieldRank[postingFields[p] as number] as number);
          const at = entry * slots + slot;
          const had = wordsMatched[entry] as number;
          if (had === step) {
            wordsMatched[entry] = step + 1;
            if (step === lastStep) complete[completed++] = entry;
          } else if (had !== step + 1 || code >= (codes[at] as number)) continue;
          codes[at] = code;
          terms[at] = match.term;
        }
      }
    }
    return completed;
  }

  function search(query: string, limit: number): SearchHit[] {
    const wanted = Number.isNaN(limit) ? 0 : Math.min(Math.floor(limit), entries.length);
    if (wanted <= 0 || typeof query !== 'string') return [];
    const words = queryTerms(query, table.vocabulary);
    if (words === null || words.length === 0) return [];
    const queryTermSet = words.every((word) => word.exact !== undefined)
      ? Int32Array.from(new Set(words.map((word) => word.exact as number))).sort()
      : null;
    const best = largest(wanted);
    const found = entriesWithEvery(words);
    // Curated entries first: they fill the list early, and most USDA records are then ruled out by
    // their ceiling alone without being scored.
    for (const curatedPass of [true, false]) {
      for (let i = 0; i < found; i += 1) {
        const entry = complete[i] as number;
        if ((curated[entry] === 1) !== curatedPass) continue;
        const place = PLACES - 1 - entry;
        if (scorer.ceiling(entry, words.length) * PLACES + place <= best.floor()) continue;
        best.push(scorer.score(entry, entry * slots, words.length, queryTermSet) * PLACES + place);
      }
    }
    return best.take().map((key) => {
      const entry = PLACES - 1 - (key % PLACES);
      const hitScore = Math.floor(key / PLACES);
      return { id: (entries[entry] as SearchEntry).id, score: hitScore, tier: tierOfScore(hitScore) };
    });
  }

  return { search };
}
