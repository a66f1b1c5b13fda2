/**
 * Second pass over the tokens: number words become numbers, and "1 1/2", "2-3", "2 to 3" and
 * "one and a half" become single numbers. It runs before items are split so that the "and" of
 * "one and a half" is never mistaken for a list separator.
 */
import type { NumberToken, Token } from './tokenize.js';
import { isUnitWord } from './units.js';

const NUMBER_WORDS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
]);

const RANGE_WORDS = new Set(['to', 'or']);
const HALF_WORDS: Record<string, number> = { half: 0.5, quarter: 0.25, third: 1 / 3 };

function asNumber(token: Token | undefined): NumberToken | null {
  if (token === undefined) return null;
  if (token.kind === 'number') return token;
  if (token.kind !== 'word') return null;
  const value = NUMBER_WORDS.get(token.text);
  return value === undefined
    ? null
    : { kind: 'number', value, text: token.text, fraction: false, range: false };
}

const isWord = (token: Token | undefined, text: string) => token?.kind === 'word' && token.text === text;

const ARTICLES = new Set(['a', 'an']);

/** "a cup and a half", "2 slices and a half": the fraction after the unit adds to its count. */
function unitAndAHalf(tokens: readonly Token[], i: number): { value: number; text: string } | null {
  const first = tokens[i];
  const count = first?.kind === 'word' && ARTICLES.has(first.text) ? 1 : asNumber(first)?.value;
  const unit = tokens[i + 1];
  const part = tokens[i + 4];
  if (count === undefined || unit?.kind !== 'word' || !isUnitWord(unit.text)) return null;
  if (!isWord(tokens[i + 2], 'and') || !isWord(tokens[i + 3], 'a') || part?.kind !== 'word') return null;
  const fraction = HALF_WORDS[part.text];
  return fraction === undefined ? null : { value: count + fraction, text: `${count} and a ${part.text}` };
}

export function combineNumbers(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < tokens.length) {
    const unitFraction = unitAndAHalf(tokens, i);
    if (unitFraction !== null) {
      out.push({ kind: 'number', ...unitFraction, fraction: false, range: false }, tokens[i + 1] as Token);
      i += 5;
      continue;
    }
    const number = asNumber(tokens[i]);
    if (number === null) {
      out.push(tokens[i] as Token);
      i += 1;
      continue;
    }
    let value = number.value;
    let text = number.text;
    let range = false;
    let next = i + 1;
    const following = tokens[next];
    // "1 1/2": a whole number then a proper fraction.
    if (
      following?.kind === 'number' &&
      following.fraction &&
      following.value < 1 &&
      Number.isInteger(value)
    ) {
      value += following.value;
      text += ` ${following.text}`;
      next += 1;
    }
    // "one and a half", "2 and a quarter".
    const fractionWord = tokens[next + 2];
    if (isWord(tokens[next], 'and') && isWord(tokens[next + 1], 'a') && fractionWord?.kind === 'word') {
      const part = HALF_WORDS[fractionWord.text];
      if (part !== undefined) {
        value += part;
        next += 3;
      }
    }
    // "2-3", "2 to 3", "2 or 3": the midpoint.
    const separator = tokens[next];
    const isRangeSeparator =
      separator?.kind === 'dash' || (separator?.kind === 'word' && RANGE_WORDS.has(separator.text));
    const upper = isRangeSeparator ? asNumber(tokens[next + 1]) : null;
    if (upper !== null && upper.value > value) {
      value = (value + upper.value) / 2;
      text += `-${upper.text}`;
      range = true;
      next += 2;
    }
    out.push({ kind: 'number', value, text, fraction: number.fraction && next === i + 1, range });
    i = next;
  }
  return out;
}
