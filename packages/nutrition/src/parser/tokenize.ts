/**
 * Turns text into tokens with one linear scan: no regular expressions run over the input, so a
 * 1,000-character paste costs the same as a short phrase and cannot trigger backtracking.
 * Names in the food database go through the same function, so both sides compare equal.
 */

import { SPANISH_STRUCTURE_WORDS } from './spanish-words.js';

export type NumberToken = {
  kind: 'number';
  value: number;
  /** As written, so names such as "7 up" or "2% milk" can match. */
  text: string;
  /** Written as a fraction ("1/2", "½"): a whole number just before it makes a mixed number. */
  fraction: boolean;
  /** "2-3", "2 to 3": the value is the midpoint. */
  range: boolean;
};
export type WordToken = { kind: 'word'; text: string };
/** Commas, semicolons, full stops, new lines, "+": item boundaries. */
/** Punctuation between items; `comma` for a comma, which may continue a list ("with X, Y and Z"). */
/** `colon` for a colon, which after a dish may spell it out ("a salad: romaine, chicken and croutons"). */
export type BreakToken = { kind: 'break'; comma?: true; colon?: true };
/** A hyphen or dash between non-letters; only meaningful between two numbers (a range). */
export type DashToken = { kind: 'dash' };
export type Token = NumberToken | WordToken | BreakToken | DashToken;

const VULGAR_FRACTIONS: Record<string, string> = {
  '½': '1/2',
  '⅓': '1/3',
  '⅔': '2/3',
  '¼': '1/4',
  '¾': '3/4',
  '⅕': '1/5',
  '⅛': '1/8',
  '⅜': '3/8',
  '⅝': '5/8',
  '⅞': '7/8',
};

/** Abbreviations whose trailing full stop is not the end of a sentence ("2 tbsp. butter"). */
const ABBREVIATIONS = new Set([
  'tbsp',
  'tbs',
  'tsp',
  'oz',
  'fl',
  'lb',
  'lbs',
  'g',
  'gr',
  'kg',
  'ml',
  'pc',
  'pcs',
  'approx',
  'med',
  'lg',
  'sm',
  'pkg',
  'qty',
  'c',
]);

const BREAK_CHARS = new Set([
  ',',
  ';',
  '.',
  '\n',
  '\r',
  '+',
  '(',
  ')',
  '[',
  ']',
  '{',
  '}',
  ':',
  '!',
  '?',
  '"',
  '|',
  '/',
  '•',
  '·',
  '…',
  '\t',
]);

const isDigit = (c: string) => c >= '0' && c <= '9';
const isApostrophe = (c: string) => c === "'" || c === '’' || c === '‘' || c === '`';

function isLetter(c: string): boolean {
  if (c >= 'a' && c <= 'z') return true;
  // Anything outside ASCII that survived normalisation (Cyrillic, CJK, emoji) forms words that
  // simply match nothing, rather than being dropped or breaking items apart.
  return c > '\u007f' && !BREAK_CHARS.has(c) && c !== '–' && c !== '—' && c !== '×' && c.trim() !== '';
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Lower-cases, spells out vulgar fractions and strips accents ("jalapeño" → "jalapeno"). */
export function normalizeText(text: string): string {
  let out = text.toLowerCase();
  if (isAscii(out)) return out;
  let spelled = '';
  for (const c of out) {
    const fraction = VULGAR_FRACTIONS[c];
    spelled += fraction === undefined ? c : ` ${fraction} `;
  }
  out = spelled.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return out.replace(/\u2044/g, '/');
}

function numberToken(text: string, value: number, fraction = false): NumberToken {
  return { kind: 'number', value, text, fraction, range: false };
}

export function tokenize(rawText: string): Token[] {
  const text = normalizeText(rawText);
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  const lastWord = () => {
    const last = tokens[tokens.length - 1];
    return last?.kind === 'word' ? last.text : null;
  };
  while (i < n) {
    const c = text[i] as string;
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      // "milk at 11pm", "coffee at 7:30": a time of day is no amount, and not a word either.
      const time = clockTimeEnd(text, i);
      i = time > i ? time : scanNumber(text, i, tokens);
      continue;
    }
    if (isLetter(c)) {
      let word = '';
      while (i < n) {
        const d = text[i] as string;
        if (isLetter(d)) word += d;
        else if (!(isApostrophe(d) && isLetter(text[i + 1] ?? ''))) break;
        i += 1;
      }
      // "w/ cheese" is the common shorthand for "with".
      if (word === 'w' && text[i] === '/') {
        word = 'with';
        i += 1;
      }
      tokens.push({ kind: 'word', text: word === 'n' ? 'and' : (SPANISH_STRUCTURE_WORDS.get(word) ?? word) });
      continue;
    }
    i += 1;
    if (c === '&') tokens.push({ kind: 'word', text: 'and' });
    else if (c === '%') tokens.push({ kind: 'word', text: '%' });
    else if (c === '×') tokens.push({ kind: 'word', text: 'x' });
    else if (c === '-' || c === '–' || c === '—' || c === '~') {
      // A hyphen inside a word ("hard-boiled") separates words; elsewhere it may mark a range.
      if (!(isLetter(text[i - 2] ?? '') && isLetter(text[i] ?? ''))) tokens.push({ kind: 'dash' });
    } else if (c === '.') {
      const word = lastWord();
      if (word === null || !ABBREVIATIONS.has(word)) tokens.push({ kind: 'break' });
    } else if (c === ',') tokens.push({ kind: 'break', comma: true });
    else if (c === ':') tokens.push({ kind: 'break', colon: true });
    else if (BREAK_CHARS.has(c)) tokens.push({ kind: 'break' });
  }
  return tokens;
}

const DAY_HALVES = ['am', 'pm', 'a.m.', 'p.m.', 'a.m', 'p.m', "o'clock", 'oclock'];
const HOURS_ON_A_CLOCK = 24;

/**
 * The index after a time of day starting at `start` ("7:30", "11pm", "8 a.m.", "6:45 pm", "9
 * o'clock"), or `start` when there is none there. An hour is one or two digits; minutes two.
 */
function clockTimeEnd(text: string, start: number): number {
  let i = start;
  while (isDigit(text[i] ?? '') && i - start < 3) i += 1;
  const hour = Number(text.slice(start, i));
  if (i - start > 2 || isDigit(text[i] ?? '') || hour > HOURS_ON_A_CLOCK) return start;
  let minutes = false;
  if (
    text[i] === ':' &&
    isDigit(text[i + 1] ?? '') &&
    isDigit(text[i + 2] ?? '') &&
    !isDigit(text[i + 3] ?? '')
  ) {
    i += 3;
    minutes = true;
  }
  let j = i;
  while (text[j] === ' ') j += 1;
  const half = DAY_HALVES.find((word) => text.startsWith(word, j) && !isLetter(text[j + word.length] ?? ''));
  if (half !== undefined) return j + half.length;
  return minutes ? i : start;
}

/** Reads "12", "1.5", ".5", "1,000", "1,5" and "1/2"; returns the index after the number. */
function scanNumber(text: string, start: number, tokens: Token[]): number {
  let i = start;
  while (isDigit(text[i] ?? '')) i += 1;
  if (text[i] === ',' && isDigit(text[i + 1] ?? '')) {
    let j = i + 1;
    while (isDigit(text[j] ?? '')) j += 1;
    const digits = j - i - 1;
    if (digits === 3) {
      const value = Number(text.slice(start, j).replace(',', ''));
      tokens.push(numberToken(text.slice(start, j), value));
      return j;
    }
    if (digits <= 2) {
      tokens.push(numberToken(text.slice(start, j), Number(text.slice(start, j).replace(',', '.'))));
      return j;
    }
  }
  if (text[i] === '.' && isDigit(text[i + 1] ?? '')) {
    i += 1;
    while (isDigit(text[i] ?? '')) i += 1;
  }
  if (text[i] === '/' && isDigit(text[i + 1] ?? '')) {
    let j = i + 1;
    while (isDigit(text[j] ?? '')) j += 1;
    const value = Number(text.slice(start, i)) / Number(text.slice(i + 1, j));
    tokens.push(numberToken(text.slice(start, j), value, true));
    return j;
  }
  const written = text.slice(start, i);
  tokens.push(numberToken(written, Number(written)));
  return i;
}
