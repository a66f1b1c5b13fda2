import type { MealItem, MealItemEdit, MealLog, MealLogPatch } from '@fitiq/contract';
import { ITEM_QUANTITY_MAX } from '../protocol.js';
import { gramsPerUnit, LOCAL_ITEM_PREFIX } from './meal-preview.js';

const keptId = (id: string) => (id.startsWith(LOCAL_ITEM_PREFIX) ? {} : { id });

/**
 * An item of a meal as a PATCH states it unchanged: a food by its amount (in one of its units when
 * the item has one, else in grams), a custom item by its numbers. An edit sends the whole list, so an
 * app changes one entry of `meal.items.map(itemEdit)` and sends the rest as they are.
 */
export const itemEdit = (item: MealItem): MealItemEdit => {
  if (item.food_id === null) {
    return {
      ...keptId(item.id),
      name: item.name,
      ...(item.grams > 0 ? { grams: item.grams } : {}),
      calories: item.calories,
      protein_g: item.protein_g,
      carbs_g: item.carbs_g,
      fat_g: item.fat_g,
    };
  }
  // An amount in grams goes as grams: as a quantity of `g` it could pass the quantity limit (100).
  const byUnit = item.unit !== 'g' && item.quantity > 0 && item.quantity <= ITEM_QUANTITY_MAX;
  if (byUnit && gramsPerUnit(item.measures, item.unit) !== undefined)
    return { ...keptId(item.id), food_id: item.food_id, quantity: item.quantity, unit: item.unit };
  return { ...keptId(item.id), food_id: item.food_id, grams: item.grams };
};

/** A patch that replaces item `index` of the meal (0-based) with `edit`, keeping the others. */
export const replaceItem = (
  meal: Pick<MealLog, 'items'>,
  index: number,
  edit: MealItemEdit,
): MealLogPatch => ({
  items: meal.items.map((item, i) => (i === index ? edit : itemEdit(item))),
});

/** A patch without item `index`; a meal keeps at least one item (delete the meal instead). */
export const removeItem = (meal: Pick<MealLog, 'items'>, index: number): MealLogPatch => ({
  items: meal.items.filter((_, i) => i !== index).map(itemEdit),
});

/** A patch that adds `edit` after the meal's items. */
export const addItem = (meal: Pick<MealLog, 'items'>, edit: MealItemEdit): MealLogPatch => ({
  items: [...meal.items.map(itemEdit), edit],
});
