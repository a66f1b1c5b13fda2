/**
 * Text in parentheses after a food describes it: "a Hot Pocket (ham and cheese)", "a concha (pan
 * dulce)" name one food, not two. A group holding a number states an amount ("baby carrots (about
 * 8)", "granola bars (2 bars)") and is kept as a clause of its own, which the parser reads as the
 * amount of the item before it. A group naming a known food of the same kind says which one it was:
 * "a protein bar (a Clif bar)" is a Clif bar, so its name takes the place of the kind's. One scan,
 * no regular expression.
 */
export function withoutDescriptiveParentheses(
  text: string,
  isFoodName: (name: string) => boolean = () => false,
): string {
  if (!text.includes('(')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('(', i);
    const close = open < 0 ? -1 : text.indexOf(')', open + 1);
    if (open < 0 || close < 0) {
      out += text.slice(i);
      break;
    }
    const inside = text.slice(open + 1, close);
    out += text.slice(i, open);
    if (hasDigit(inside)) out += `, ${inside},`;
    else out = namedMoreExactly(out, inside, isFoodName) ?? `${out} `;
    i = close + 1;
  }
  return out;
}

/** Words that end a food's name going back from its head noun: "had a protein bar", "2 granola bars". */
const NAME_STOPS = new Set([
  'a',
  'an',
  'the',
  'some',
  'my',
  'of',
  'and',
  'or',
  'with',
  'had',
  'ate',
  'only',
  'one',
]);
/** How many words the kind's name may have before the parenthesis: "a chocolate protein bar". */
const MAX_KIND_WORDS = 3;

const singular = (word: string) => (word.endsWith('s') ? word.slice(0, -1) : word);

/**
 * `before` with the kind's name it ends with replaced by `inside`, when `inside` (articles dropped)
 * is a food name with the same head noun ("protein bar" and "Clif bar"); else null.
 */
function namedMoreExactly(
  before: string,
  inside: string,
  isFoodName: (name: string) => boolean,
): string | null {
  const insideWords = inside
    .trim()
    .split(/\s+/)
    .filter((word) => !NAME_STOPS.has(word.toLowerCase()));
  const name = insideWords.join(' ');
  const head = singular(insideWords.at(-1)?.toLowerCase() ?? '');
  const trimmed = before.trimEnd();
  const words = trimmed.split(' ');
  if (head === '' || singular(words.at(-1)?.toLowerCase() ?? '') !== head || !isFoodName(name)) return null;
  let start = words.length - 1;
  while (
    start > 0 &&
    words.length - start < MAX_KIND_WORDS &&
    !NAME_STOPS.has(words[start - 1]?.toLowerCase() ?? '')
  )
    start -= 1;
  if (start > 0 && !NAME_STOPS.has(words[start - 1]?.toLowerCase() ?? '')) return null;
  return `${[...words.slice(0, start), name].join(' ')} `;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
