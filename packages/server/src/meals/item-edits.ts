import type { CustomItemEdit, MealItem, MealItemEdit, ProblemFieldError } from '@fitiq/contract';
import type { FoodAmount, FoodCatalog } from '../foods/food-catalog.js';
import { newItemId } from './item-id.js';

/** A food item whose amount the edit changed, the food staying the same: a remembered portion, maybe. */
export type AmountSet = { item: MealItem & { food_id: string }; before: MealItem };

export type ItemEditsResult =
  | { ok: true; items: MealItem[]; amountsSet: AmountSet[] }
  | { ok: false; errors: ProblemFieldError[] };

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

const amountOf = (edit: Exclude<MealItemEdit, CustomItemEdit>): FoodAmount =>
  'grams' in edit ? { grams: edit.grams } : { quantity: edit.quantity, unit: edit.unit };

/** Whether an item sent back names the same food and amount it already has: then it is kept as it is. */
const isUnchanged = (edit: MealItemEdit, before: MealItem): boolean => {
  if ('food_id' in edit) {
    if (edit.food_id !== before.food_id) return false;
    return 'grams' in edit
      ? edit.grams === before.grams
      : edit.quantity === before.quantity && edit.unit === before.unit;
  }
  return (
    before.food_id === null &&
    edit.name.trim() === before.name &&
    (edit.grams ?? before.grams) === before.grams &&
    edit.calories === before.calories &&
    edit.protein_g === before.protein_g &&
    edit.carbs_g === before.carbs_g &&
    edit.fat_g === before.fat_g
  );
};

const customItem = (id: string, edit: CustomItemEdit): MealItem => ({
  id,
  food_id: null,
  name: edit.name.trim(),
  quantity: edit.grams ?? 1,
  unit: edit.grams === undefined ? 'serving' : 'g',
  grams: edit.grams ?? 0,
  calories: oneDecimal(edit.calories),
  protein_g: oneDecimal(edit.protein_g),
  carbs_g: oneDecimal(edit.carbs_g),
  fat_g: oneDecimal(edit.fat_g),
  measures: [],
  assumed: [],
  source: 'user',
});

/**
 * A meal's new item list from the one an edit sends. Items that name an id keep it (the others'
 * ids are untouched); an item sent back unchanged stays exactly as it was, with what the parser
 * assumed; a changed or new one is the user's, its nutrients computed from the food table. Every
 * refusal is collected, so one answer names all of them.
 */
export const applyItemEdits = (
  before: readonly MealItem[],
  edits: readonly MealItemEdit[],
  catalog: FoodCatalog,
): ItemEditsResult => {
  const byId = new Map(before.map((item) => [item.id, item]));
  const errors: ProblemFieldError[] = [];
  const kept = new Set<string>();
  for (const [index, edit] of edits.entries()) {
    if (edit.id === undefined) continue;
    if (!byId.has(edit.id))
      errors.push({ path: `/body/items/${index}/id`, message: 'is not an item of this meal' });
    else if (kept.has(edit.id))
      errors.push({ path: `/body/items/${index}/id`, message: 'names an item already in the list' });
    kept.add(edit.id);
  }
  const taken = new Set(kept);
  const items: MealItem[] = [];
  const amountsSet: AmountSet[] = [];
  for (const [index, edit] of edits.entries()) {
    const previous = edit.id === undefined ? undefined : byId.get(edit.id);
    if (previous && isUnchanged(edit, previous)) {
      items.push(previous);
      continue;
    }
    const id = edit.id !== undefined && previous ? edit.id : newItemId(taken);
    taken.add(id);
    if (!('food_id' in edit)) {
      if (edit.name.trim() === '')
        errors.push({ path: `/body/items/${index}/name`, message: 'must not be blank' });
      items.push(customItem(id, edit));
      continue;
    }
    const result = catalog.itemFor(edit.food_id, amountOf(edit));
    if (!result.ok) {
      errors.push(
        result.reason === 'unknown_food'
          ? { path: `/body/items/${index}/food_id`, message: 'is not a food of the table' }
          : {
              path: `/body/items/${index}/unit`,
              message: "is not one of this food's measures, g, kg, oz or lb",
            },
      );
      continue;
    }
    const item = { ...result.item, id, assumed: [], source: 'user' } satisfies MealItem;
    items.push(item);
    if (previous?.food_id === item.food_id) amountsSet.push({ item, before: previous });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items, amountsSet };
};
