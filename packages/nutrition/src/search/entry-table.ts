/**
 * The searchable form of the entries: a vocabulary, a posting list per term (which entries use it,
 * and in which field), and per entry what ranking needs: its name and synonyms as sets of terms.
 */
import { fold, isStopWord, words } from './normalize.js';
import { buildVocabulary, type Vocabulary } from './vocabulary.js';

/** Which fields of an entry a term appears in. */
export const IN_NAME = 1;
export const IN_SYNONYM = 2;
export const IN_DESCRIPTION = 4;

export type EntryTable = {
  vocabulary: Vocabulary;
  /** Postings of term t: `postingEntries[postingStart[t] .. postingStart[t + 1])`, entries ascending. */
  postingStart: Int32Array;
  postingEntries: Int32Array;
  postingFields: Uint8Array;
  /** Per entry: its name's distinct terms, sorted; the first word's term (or -1). */
  nameTerms: Int32Array[];
  firstNameTerm: Int32Array;
  /** Per entry: each synonym's distinct terms, sorted, and a bit per synonym size (to skip comparing). */
  synonymTerms: Int32Array[][];
  synonymSizes: Int32Array;
  curated: Uint8Array;
};

export type TableSource = {
  name: string;
  synonyms: readonly string[];
  description: string | null;
  curated: boolean;
};

/** The words of an entry field, stop words left out. */
export const contentWords = (text: string): string[] => words(text).filter((word) => !isStopWord(word));

export function buildEntryTable(entries: readonly TableSource[]): EntryTable {
  const terms: string[] = [];
  const termByFolded = new Map<string, number>();
  const surfaces = new Map<string, number>();
  const postings: { entries: number[]; fields: number[] }[] = [];

  const termOf = (surface: string): number => {
    const known = surfaces.get(surface);
    if (known !== undefined) return known;
    const folded = fold(surface);
    let term = termByFolded.get(folded);
    if (term === undefined) {
      term = terms.length;
      terms.push(folded);
      termByFolded.set(folded, term);
      postings.push({ entries: [], fields: [] });
    }
    surfaces.set(surface, term);
    return term;
  };
  const post = (term: number, entry: number, field: number) => {
    const list = postings[term] as { entries: number[]; fields: number[] };
    const last = list.entries.length - 1;
    if (list.entries[last] === entry) list.fields[last] = (list.fields[last] as number) | field;
    else {
      list.entries.push(entry);
      list.fields.push(field);
    }
  };
  const phrase = (text: string, entry: number, field: number): number[] => {
    const written = contentWords(text);
    const found = written.map(termOf);
    for (const term of found) post(term, entry, field);
    return found;
  };
  /** Curated names run together as people type them: "icecream", "hardboiled". */
  const runTogether = (text: string, entry: number, field: number) => {
    const written = contentWords(text);
    for (let i = 1; i < written.length; i += 1) post(termOf(`${written[i - 1]}${written[i]}`), entry, field);
  };

  const nameTerms: Int32Array[] = [];
  const synonymTerms: Int32Array[][] = [];
  const firstNameTerm = new Int32Array(entries.length);
  const synonymSizes = new Int32Array(entries.length);
  const curated = new Uint8Array(entries.length);
  entries.forEach((entry, index) => {
    const name = phrase(entry.name, index, IN_NAME);
    nameTerms.push(termSet(name));
    firstNameTerm[index] = name[0] ?? -1;
    const synonyms = entry.synonyms.map((synonym) => termSet(phrase(synonym, index, IN_SYNONYM)));
    if (entry.curated) {
      runTogether(entry.name, index, IN_NAME);
      for (const synonym of entry.synonyms) runTogether(synonym, index, IN_SYNONYM);
    }
    synonymTerms.push(synonyms);
    for (const synonym of synonyms)
      synonymSizes[index] = (synonymSizes[index] as number) | sizeBit(synonym.length);
    if (entry.description !== null) phrase(entry.description, index, IN_DESCRIPTION);
    curated[index] = entry.curated ? 1 : 0;
  });

  const postingStart = new Int32Array(terms.length + 1);
  postings.forEach((list, term) => {
    postingStart[term + 1] = (postingStart[term] as number) + list.entries.length;
  });
  const postingEntries = new Int32Array(postingStart[terms.length] as number);
  const postingFields = new Uint8Array(postingEntries.length);
  postings.forEach((list, term) => {
    postingEntries.set(list.entries, postingStart[term]);
    postingFields.set(list.fields, postingStart[term]);
  });
  return {
    vocabulary: buildVocabulary(terms, surfaces),
    postingStart,
    postingEntries,
    postingFields,
    nameTerms,
    firstNameTerm,
    synonymTerms,
    synonymSizes,
    curated,
  };
}

const termSet = (terms: Iterable<number>): Int32Array => Int32Array.from(new Set(terms)).sort();

/** One bit per set size up to 31, so most entries are ruled out without comparing sets. */
export const sizeBit = (size: number): number => (size > 0 && size < 32 ? 1 << size : 0);

export function sameTerms(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
