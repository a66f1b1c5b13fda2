/**
 * "a side of rice and beans" is a side of each: the foods listed after "a side of" with "and", and no
 * amount of their own, are served the same way. Other amounts are never shared: "2 eggs and toast"
 * is one slice of toast.
 */
import { hasAmount, type Modifiers } from './amount.js';
import type { Fragment } from './fragments.js';
import type { Token } from './tokenize.js';

type Item = { modifiers: Modifiers; fragment: Fragment };

export function shareSides(items: readonly Item[], tokens: readonly Token[]): void {
  for (let k = 1; k < items.length; k += 1) {
    const before = items[k - 1] as Item;
    const item = items[k] as Item;
    const side = before.modifiers.amount.unit;
    if (side?.name !== 'side' || hasAmount(item.modifiers)) continue;
    const joiner = tokens[item.fragment.start - 1];
    const joinedByAnd = joiner?.kind === 'word' && joiner.text === 'and';
    if (joinedByAnd && item.fragment.start - 1 === before.fragment.end) {
      item.modifiers.amount.unit = side;
      item.modifiers.amount.count = before.modifiers.amount.count;
    }
  }
}
