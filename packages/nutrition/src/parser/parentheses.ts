/**
 * Text in parentheses after a food describes it: "a Hot Pocket (ham and cheese)", "a concha (pan
 * dulce)", "a protein bar (a Clif bar)" name one food, not two. A group holding a number states
 * an amount ("baby carrots (about 8)", "granola bars (2 bars)") and is kept as a clause of its
 * own, which the parser reads as the amount of the item before it. One scan, no regular expression.
 */
export function withoutDescriptiveParentheses(text: string): string {
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
    out += hasDigit(inside) ? `, ${inside},` : ' ';
    i = close + 1;
  }
  return out;
}

function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}
