/**
 * Every distinct word of the table, as a numbered term (its folded form), with the three ways a
 * query word finds terms: exactly, as the prefix of a word as written (search as you type), and
 * within a few edits. Fuzzy lookup only computes edit distances for terms of a near length whose
 * letters almost agree with the word's (a 27-bit letter set per term), so it never walks the
 * whole vocabulary with the expensive comparison.
 */
import { editDistance } from '../parser/edit-distance.js';

export type TermMatch = { term: number; cost: number; prefix: boolean };

export type Vocabulary = {
  readonly size: number;
  termOf(folded: string): number | undefined;
  /** Terms with a written form starting with `prefix`. */
  prefixed(prefix: string): TermMatch[];
  /** Terms within `maxDistance` edits of `folded`, itself excluded. */
  near(folded: string, maxDistance: number): TermMatch[];
};

/** A word's letters as a bit set; a digit or anything else shares the last bit. */
function letterSet(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i) - 97;
    bits |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return bits;
}

function bitCount(bits: number): number {
  let v = bits - ((bits >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Terms by length, so a fuzzy lookup reads only the lengths an edit budget can reach. */
function lengthBuckets(terms: readonly string[]) {
  const order = terms
    .map((_, term) => term)
    .sort((a, b) => (terms[a] as string).length - (terms[b] as string).length);
  const maxLength = order.length === 0 ? 0 : (terms[order[order.length - 1] as number] as string).length;
  const start = new Int32Array(maxLength + 2);
  for (const term of order) {
    const slot = (terms[term] as string).length + 1;
    start[slot] = (start[slot] as number) + 1;
  }
  for (let length = 1; length < start.length; length += 1)
    start[length] = (start[length] as number) + (start[length - 1] as number);
  const letters = Int32Array.from(order, (term) => letterSet(terms[term] as string));
  return { order: Int32Array.from(order), start, letters, maxLength };
}

/**
 * `surfaces` maps each word as written to its term; `terms[term]` is the folded form.
 */
export function buildVocabulary(terms: readonly string[], surfaces: ReadonlyMap<string, number>): Vocabulary {
  const byFolded = new Map(terms.map((folded, term) => [folded, term]));
  const written = [...surfaces.keys()].sort();
  const writtenTerm = Int32Array.from(written, (surface) => surfaces.get(surface) as number);
  const buckets = lengthBuckets(terms);
  const seen = new Int32Array(terms.length);
  let stamp = 0;

  const prefixed = (prefix: string): TermMatch[] => {
    stamp += 1;
    const found: TermMatch[] = [];
    for (let i = lowerBound(written, prefix); i < written.length; i += 1) {
      if (!(written[i] as string).startsWith(prefix)) break;
      const term = writtenTerm[i] as number;
      if (seen[term] === stamp) continue;
      seen[term] = stamp;
      found.push({ term, cost: 0, prefix: true });
    }
    return found;
  };

  const near = (folded: string, maxDistance: number): TermMatch[] => {
    const found: TermMatch[] = [];
    const letters = letterSet(folded);
    const from = Math.max(1, folded.length - maxDistance);
    const to = Math.min(buckets.maxLength, folded.length + maxDistance);
    // An insertion or deletion changes at most one letter of the set, a substitution two.
    const maxLetterChanges = 2 * maxDistance;
    for (let i = buckets.start[from] ?? 0, end = buckets.start[to + 1] ?? 0; i < end; i += 1) {
      if (bitCount(letters ^ (buckets.letters[i] as number)) > maxLetterChanges) continue;
      const term = buckets.order[i] as number;
      const candidate = terms[term] as string;
      if (candidate === folded) continue;
      const cost = editDistance(folded, candidate, maxDistance);
      if (cost <= maxDistance) found.push({ term, cost, prefix: false });
    }
    return found;
  };

  return { size: terms.length, termOf: (folded) => byFolded.get(folded), prefixed, near };
}

function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] as string) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
