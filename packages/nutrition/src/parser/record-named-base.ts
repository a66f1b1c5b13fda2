/**
 * "1 cup of oatmeal made with water", "grits cooked with milk": what a food was made with is no
 * item of its own when the food's record already names it ("Oatmeal, cooked with water"): its
 * water or milk is in the record's numbers already, and counting it again would add a glass.
 */
import type { DishDraft } from './dish-parts.js';

type BaseDraft = DishDraft & { range: { span: { key: string } } };

/** The head word of a part's name, as records name their base: "whole milk" is "milk". */
const headWord = (key: string) => key.split(' ').at(-1) ?? key;

/** "Oatmeal, cooked with water", "Grits, made with milk, ...": the record says what it was made with. */
const namesBase = (host: BaseDraft, part: BaseDraft) => {
  const head = headWord(part.range.span.key);
  const words = host.food.description.toLowerCase().split(/[^a-z]+/);
  return words.some(
    (word, i) => (word === 'with' || word === 'in') && (words[i + 1] === head || words[i + 2] === head),
  );
};

/** The drafts without a "made with" part that the record of the food before it already names. */
export function withoutBaseTheRecordNames<T extends BaseDraft>(drafts: readonly T[]): T[] {
  return drafts.filter((draft, k) => {
    const host = drafts[k - 1];
    return !(draft.recipe && host !== undefined && !host.recipe && namesBase(host, draft));
  });
}
