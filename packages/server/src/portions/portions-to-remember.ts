import type { AmountSet } from '../meals/item-edits.js';
import type { PortionRecord } from '../storage/storage.js';

/**
 * Which amounts an edit set become the user's remembered portions: those of an item whose quantity
 * the parser assumed, or that a remembered portion filled, or of a food whose portion the user
 * already keeps (a second correction replaces the first). An amount the text itself gave, corrected,
 * says nothing about what the user usually eats.
 */
export const portionsToRemember = (
  userId: string,
  amountsSet: readonly AmountSet[],
  kept: readonly PortionRecord[],
  now: string,
): PortionRecord[] =>
  amountsSet
    .filter(
      ({ item, before }) =>
        before.assumed.includes('quantity') ||
        before.source === 'memory' ||
        kept.some((portion) => portion.foodId === item.food_id),
    )
    .map(({ item }) => ({
      userId,
      foodId: item.food_id,
      name: item.name,
      quantity: item.quantity,
      unit: item.unit,
      grams: item.grams,
      updatedAt: now,
    }));
