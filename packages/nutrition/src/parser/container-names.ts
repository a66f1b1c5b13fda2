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

const isWord = (token: Token | undefined, text: string) => token?.kind === 'word' && token.text === text;

/** "of 100% apple juice": the food after "of" may come after numbers that describe it. */
function foodAfterOf(tokens: readonly Token[], of: number, next: FoodSpan | undefined): boolean {
  if (next === undefined || !isWord(tokens[of], 'of')) return false;
  for (let i = of + 1; i < next.start; i += 1) {
    const token = tokens[i];
    if (!(token?.kind === 'number' || isWord(token, '%') || isWord(token, 'percent'))) return false;
  }
  return next.start > of;
}

export function withoutContainerNames(tokens: readonly Token[], spans: readonly FoodSpan[]): FoodSpan[] {
  return spans.filter((span, k) => {
    const next = spans[k + 1];
    // "a fruit cup of peaches": the name itself ends in the container word.
    const namedContainer =
      span.key.includes(' ') &&
      isContainerWord(span.key.split(' ').at(-1)) &&
      foodAfterOf(tokens, span.end, next);
    // "a juice box of apple juice": the container word follows the name.
    const token = tokens[span.end];
    const containerAfter =
      token?.kind === 'word' && isContainerWord(token.text) && foodAfterOf(tokens, span.end + 1, next);
    return !(namedContainer || containerAfter);
  });
}
