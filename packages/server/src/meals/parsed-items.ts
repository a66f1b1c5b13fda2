import type { ItemAssumption, MealItem } from '@fitiq/contract';
import type { FoodCatalog } from '../foods/food-catalog.js';
import type { ParsedMealItem } from '../parser/meal-parser.js';
import type { PortionRecord } from '../storage/storage.js';
import { newItemId } from './item-id.js';

/** A remembered portion states the whole amount: nothing about it is assumed any more. */
const AMOUNT_ASSUMPTIONS: ReadonlySet<ItemAssumption> = new Set(['quantity', 'size', 'unit']);

/** Whether a parsed item is one a remembered portion may fill: a known food whose amount the text did not give. */
export const takesRememberedPortion = (item: ParsedMealItem): item is ParsedMealItem & { food_id: string } =>
  item.food_id !== null && item.assumed.includes('quantity');

/**
 * A parser's items as the meal stores them: ids, the food's measures, who set the amount. Where the
 * text gave no amount and the user once corrected this food's amount, that amount is used
 * (`source: "memory"`), its nutrients computed from the food table.
 */
export const toMealItems = (
  parsed: readonly ParsedMealItem[],
  portions: readonly PortionRecord[],
  catalog: FoodCatalog,
): MealItem[] => {
  const taken = new Set<string>();
  return parsed.map((item) => {
    const id = newItemId(taken);
    taken.add(id);
    const portion = takesRememberedPortion(item)
      ? portions.find((p) => p.foodId === item.food_id)
      : undefined;
    if (portion && item.food_id !== null) {
      const remembered = catalog.itemFor(item.food_id, { quantity: portion.quantity, unit: portion.unit });
      // A portion whose unit the food no longer has (the table changed) is passed over, not applied.
      if (remembered.ok) {
        const { food_id, measures, ...amount } = remembered.item;
        return {
          ...amount,
          id,
          food_id,
          name: item.name,
          measures,
          assumed: item.assumed.filter((a) => !AMOUNT_ASSUMPTIONS.has(a)),
          source: 'memory',
        };
      }
    }
    const measures = item.food_id === null ? [] : (catalog.get(item.food_id)?.measures ?? []);
    return { ...item, id, measures, source: 'parser' };
  });
};
