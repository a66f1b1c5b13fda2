/**
 * Tier and score of an entry that matched every query word. Tiers first: the query is the name
 * (exact), one of the synonyms (synonym), every word found with no typo, the last possibly
 * unfinished (prefix), some word found only by a typo correction (fuzzy). Within a tier, in order
 * of weight: fewer edits, curated entries, the query naming all of a name or synonym (typos
 * corrected, no word unfinished: "egg" is not all of "eggplant"), the query naming the entry's first word ("Chicken, ..." before "Burrito with chicken"), fewer unfinished
 * words, matches in the name before synonyms before description, and fewer name words left
 * unmatched (short names before long USDA descriptions).
 */
import { type EntryTable, IN_NAME, IN_SYNONYM, sameTerms, sizeBit, termSet } from './entry-table.js';

export type SearchTier = 'exact' | 'synonym' | 'prefix' | 'fuzzy';

/** How one query word matched one entry, as a small number: lower is better. */
export const wordMatchCode = (cost: number, prefix: boolean, fields: number): number =>
  cost * 8 + (prefix ? 4 : 0) + (fields & IN_NAME ? 0 : fields & IN_SYNONYM ? 1 : 2);

const TIER_BASE: Record<SearchTier, number> = { exact: 3000, synonym: 2000, prefix: 1000, fuzzy: 0 };
const WITHIN_TIER_MAX = 999;

export type Ranked = { tier: SearchTier; score: number };

/** The tier a score belongs to: each tier's scores lie in [base, base + 999]. */
export const tierOfScore = (score: number): SearchTier =>
  score >= TIER_BASE.exact
    ? 'exact'
    : score >= TIER_BASE.synonym
      ? 'synonym'
      : score >= TIER_BASE.prefix
        ? 'prefix'
        : 'fuzzy';

/** `codes[i]`, `terms[i]`: how query word i matched this entry, and the entry's term it matched. */
export function rank(
  table: EntryTable,
  entry: number,
  codes: ArrayLike<number>,
  terms: Int32Array,
  queryTermSet: Int32Array | null,
): Ranked {
  let edits = 0;
  let unfinished = 0;
  let inName = 0;
  let fieldPenalty = 0;
  let namesFirstWord = false;
  for (let i = 0; i < codes.length; i += 1) {
    const code = codes[i] as number;
    edits += code >> 3;
    unfinished += (code >> 2) & 1;
    const field = code & 3;
    if (field === 0) inName += 1;
    fieldPenalty += field === 1 ? 20 : field === 2 ? 50 : 0;
    if (terms[i] === table.firstNameTerm[entry]) namesFirstWord = true;
  }
  const curated = table.curated[entry] === 1 ? 150 : 0;
  if (edits === 0 && unfinished === 0 && queryTermSet !== null) {
    if (sameTerms(table.nameTerms[entry] as Int32Array, queryTermSet)) return tiered('exact', 500 + curated);
    if (namesASynonym(table, entry, queryTermSet)) return tiered('synonym', 500 + curated);
  }
  const whole = unfinished === 0 && namesWhole(table, entry, terms);
  const unmatchedNameWords = Math.max(0, (table.nameTerms[entry] as Int32Array).length - inName);
  const quality =
    400 +
    curated +
    (whole ? 100 : 0) +
    (namesFirstWord ? 50 : 0) -
    120 * edits -
    40 * unfinished -
    fieldPenalty -
    8 * Math.min(unmatchedNameWords, 25);
  return tiered(edits > 0 ? 'fuzzy' : 'prefix', quality);
}

/** Whether the matched terms are all of the name or of a synonym, once corrected and completed. */
function namesWhole(table: EntryTable, entry: number, terms: Int32Array): boolean {
  const name = table.nameTerms[entry] as Int32Array;
  const smallSynonyms = (table.synonymSizes[entry] as number) & ((2 << terms.length) - 1);
  if (name.length > terms.length && smallSynonyms === 0) return false;
  const matched = termSet(terms);
  return sameTerms(name, matched) || namesASynonym(table, entry, matched);
}

function namesASynonym(table: EntryTable, entry: number, terms: Int32Array): boolean {
  if (((table.synonymSizes[entry] as number) & sizeBit(terms.length)) === 0) return false;
  return (table.synonymTerms[entry] as Int32Array[]).some((synonym) => sameTerms(synonym, terms));
}

const tiered = (tier: SearchTier, quality: number): Ranked => ({
  tier,
  score: TIER_BASE[tier] + Math.max(0, Math.min(WITHIN_TIER_MAX, Math.round(quality))),
});
