/**
 * Tier and score of an entry that matched every query word. Tiers first: the query is the name
 * (exact), one of the synonyms (synonym), every word found with no typo, the last possibly
 * unfinished (prefix), some word found only by a typo correction (fuzzy). Within a tier, in order
 * of weight: fewer edits; curated entries; the query naming all of a name or synonym, each word
 * read as its commonest term ("chick" is all of the synonym "chicken", "egg" is not all of
 * "eggplant": egg is commoner); the query naming the entry's first word ("Chicken, ..." before
 * "Burrito with chicken"); commoner readings of a word before rarer ones; finished words before
 * unfinished ("bread" in "Wheat bread" before "Breaded shrimp"); matches in the name
 * before synonyms before description; fewer name words left unmatched (short names before long
 * USDA descriptions).
 */
import { type EntryTable, IN_NAME, IN_SYNONYM, sameTerms, sizeBit } from './entry-table.js';

export type SearchTier = 'exact' | 'synonym' | 'prefix' | 'fuzzy';

const EXACT = 3000;
const SYNONYM = 2000;
const PREFIX = 1000;
const WITHIN_TIER_MAX = 999;

/** The tier a score belongs to: each tier's scores lie in [base, base + 999]. */
export const tierOfScore = (score: number): SearchTier =>
  score >= EXACT ? 'exact' : score >= SYNONYM ? 'synonym' : score >= PREFIX ? 'prefix' : 'fuzzy';

/**
 * How one query word matched one entry, as a small number (lower is better):
 * edits · 256 + rarity · 8 + 4 if unfinished + 0 name, 1 synonym, 2 description. `rarity`
 * (0-15) ranks the terms one word may mean by how many entries use them, so "chick" completes to
 * chicken before Chick-fil-A, and "brest" is read as breast before a rarer word as near.
 */
export const matchBase = (cost: number, rarity: number, prefix: boolean): number =>
  cost * 256 + rarity * 8 + (prefix ? 4 : 0);
export const MAX_RARITY = 15;
export const FIELD_RANK = Uint8Array.from({ length: 8 }, (_, fields) =>
  fields & IN_NAME ? 0 : fields & IN_SYNONYM ? 1 : 2,
);
const FIELD_PENALTY = [0, 20, 50];

/**
 * Scores entry `entry` from `codes[at + i]`, `terms[at + i]` (how query word i matched it, and
 * which of its terms it matched). `queryTerms`: the query's own terms, sorted, when it has no typo.
 */
export function createScorer(table: EntryTable, codes: Uint16Array, terms: Int32Array) {
  const matched = new Int32Array(32);

  /** Whether the matched terms are all of the name or of a synonym, once corrected and completed. */
  function namesWhole(entry: number, at: number, count: number): boolean {
    const name = table.nameTerms[entry] as Int32Array;
    const smallSynonyms = (table.synonymSizes[entry] as number) & ((2 << count) - 1);
    if (name.length > count && smallSynonyms === 0) return false;
    let size = 0;
    for (let i = 0; i < count; i += 1) {
      const term = terms[at + i] as number;
      if (!matched.subarray(0, size).includes(term)) matched[size++] = term;
    }
    const set = matched.slice(0, size).sort();
    return sameTerms(name, set) || namesASynonym(entry, set);
  }

  function namesASynonym(entry: number, set: Int32Array): boolean {
    if (((table.synonymSizes[entry] as number) & sizeBit(set.length)) === 0) return false;
    return (table.synonymTerms[entry] as Int32Array[]).some((synonym) => sameTerms(synonym, set));
  }

  /**
   * A score no uncurated entry of `count` matched words can beat, when it can reach neither the
   * exact or synonym tier nor the whole-name bonus (its name is longer than the query, it has no
   * synonym as short): the prefix tier with every bonus and only the name words it must leave over.
   * Infinity when the entry could do better, so it is always scored.
   */
  function ceiling(entry: number, count: number): number {
    const nameLength = (table.nameTerms[entry] as Int32Array).length;
    const shortSynonyms = (table.synonymSizes[entry] as number) & ((2 << count) - 1);
    if (nameLength <= count || shortSynonyms !== 0 || table.curated[entry] === 1)
      return Number.POSITIVE_INFINITY;
    return PREFIX + 400 + 50 - 8 * Math.min(nameLength - count, 25);
  }

  const score = (entry: number, at: number, count: number, queryTerms: Int32Array | null): number => {
    let edits = 0;
    let unfinished = 0;
    let rarity = 0;
    let inName = 0;
    let fieldPenalty = 0;
    let namesFirstWord = false;
    const firstNameTerm = table.firstNameTerm[entry];
    for (let i = at; i < at + count; i += 1) {
      const code = codes[i] as number;
      edits += code >> 8;
      rarity += (code >> 3) & 31;
      unfinished += (code >> 2) & 1;
      const field = code & 3;
      if (field === 0) inName += 1;
      fieldPenalty += FIELD_PENALTY[field] as number;
      if (terms[i] === firstNameTerm) namesFirstWord = true;
    }
    const curated = table.curated[entry] === 1 ? 150 : 0;
    if (edits === 0 && unfinished === 0 && queryTerms !== null) {
      if (sameTerms(table.nameTerms[entry] as Int32Array, queryTerms)) return EXACT + 500 + curated;
      if (namesASynonym(entry, queryTerms)) return SYNONYM + 500 + curated;
    }
    const whole = rarity === 0 && namesWhole(entry, at, count);
    const unmatchedNameWords = Math.max(0, (table.nameTerms[entry] as Int32Array).length - inName);
    const quality =
      400 +
      curated +
      (whole ? 100 : 0) +
      (namesFirstWord ? 50 : 0) -
      120 * edits -
      3 * rarity -
      30 * unfinished -
      fieldPenalty -
      8 * Math.min(unmatchedNameWords, 25);
    return (edits > 0 ? 0 : PREFIX) + Math.max(0, Math.min(WITHIN_TIER_MAX, quality));
  };
  return { score, ceiling };
}
