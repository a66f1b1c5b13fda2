/**
 * The words search compares: lower case, accents stripped, apostrophes dropped ("goat's" → "goats"),
 * anything that is not a letter or a digit a separator. One linear scan, no regular expression, so
 * a hostile query costs what its length costs. Entries and queries go through the same functions.
 */

/** Words that never decide which food is meant ("mac and cheese", "Burrito with chicken"). */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/** Letters that NFD does not split into a base letter and an accent. */
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' };

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isJoiner = (c: number) => c === 39 || c === 0x2019 || (c >= 0x300 && c <= 0x36f);

/** The words of a text, in order, stop words included. */
export function words(text: string): string[] {
  const lowered = text.normalize('NFD').toLowerCase();
  const found: string[] = [];
  let word = '';
  for (let i = 0; i < lowered.length; i += 1) {
    const c = lowered.charCodeAt(i);
    if (isWordChar(c)) word += lowered[i];
    else if (isJoiner(c)) continue;
    else {
      const ligature = LIGATURES[lowered[i] as string];
      if (ligature !== undefined) word += ligature;
      else if (word !== '') {
        found.push(word);
        word = '';
      }
    }
  }
  if (word !== '') found.push(word);
  return found;
}

export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

/**
 * Folds a plural and its singular onto one key ("berries" and "berry" → "berry", "cookies" and
 * "cookie" → "cooky"). The key need not be a word: it only has to be the same for both forms, so
 * the rules run on both sides and stay few. Words ending in "ss" or "us" are left whole ("swiss",
 * "hummus").
 */
export function fold(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 4 && endsWithAny(stem, ESSES)) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('oes')) stem = stem.slice(0, -2);
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss') && !stem.endsWith('us'))
    stem = stem.slice(0, -1);
  if (stem.length > 3 && stem.endsWith('ie')) stem = `${stem.slice(0, -2)}y`;
  return stem;
}

const ESSES = ['ches', 'shes', 'sses', 'xes', 'zes'];
const endsWithAny = (word: string, endings: readonly string[]) => endings.some((end) => word.endsWith(end));
