/**
 * English plural forms of a food name, so "eggs", "berries" and "tomatoes" find their entries.
 * Only the last word is inflected ("chicken wings"). We generate forms from names rather than
 * guess singulars from input, because guessing ("fries" → "fry"?) invents words.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

export function pluralForms(name: string): string[] {
  const cut = name.lastIndexOf(' ') + 1;
  const head = name.slice(0, cut);
  const last = name.slice(cut);
  return wordPlurals(last).map((plural) => head + plural);
}

function wordPlurals(word: string): string[] {
  if (word.length < 2 || !/^[a-z]+$/.test(word)) return [];
  const end = word.slice(-1);
  const beforeEnd = word.slice(-2, -1);
  if (end === 's' || end === 'x' || end === 'z' || word.endsWith('ch') || word.endsWith('sh'))
    return [`${word}es`];
  if (end === 'y' && !VOWELS.has(beforeEnd)) return [`${word.slice(0, -1)}ies`, `${word}s`];
  if (end === 'o') return [`${word}es`, `${word}s`];
  if (end === 'f') return [`${word.slice(0, -1)}ves`, `${word}s`];
  if (word.endsWith('fe')) return [`${word.slice(0, -2)}ves`, `${word}s`];
  return [`${word}s`];
}
