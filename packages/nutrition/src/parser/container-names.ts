/**
 * "a fruit cup of peaches", "a yogurt cup of strawberry yogurt": a name that ends in a container
 * word and is followed by "of" and another food names the container, not a second food. The words
 * stay in the text, where the amount reader takes them ("a fruit cup" is a single-serve container).
 */
import type { FoodSpan } from './food-spans.js';
import type { Token } from './tokenize.js';
import { unitFromWords } from './units.js';

const CONTAINER_KINDS = new Set(['household', 'volume']);

const isContainerWord = (word: string | undefined) => {
  const unit = word === undefined ? null : unitFromWords(word, undefined);
  return unit !== null && CONTAINER_KINDS.has(unit.unit.kind);
};

export function withoutContainerNames(tokens: readonly Token[], spans: readonly FoodSpan[]): FoodSpan[] {
  return spans.filter((span, k) => {
    const next = spans[k + 1];
    const of = tokens[span.end];
    const followedByFood = of?.kind === 'word' && of.text === 'of' && next?.start === span.end + 1;
    return !(followedByFood && span.key.includes(' ') && isContainerWord(span.key.split(' ').at(-1)));
  });
}
