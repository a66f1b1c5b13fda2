import { gramsPerUnit } from '@fitiq/client';
import type { FoodMeasure, MealItemEdit } from '@fitiq/contract';
import { ITEM_GRAMS_MAX, ITEM_QUANTITY_MAX } from '@fitiq/contract/protocol';

/** The units an editor offers for a food: its own measures first, then weights. */
export const unitChoices = (measures: readonly FoodMeasure[]): Array<{ unit: string; label: string }> => [
  ...measures.map((m) => ({
    unit: m.unit,
    label: `${m.label.replace(/^1\s+/, '')} · ${Math.round(m.grams)} g`,
  })),
  ...(measures.some((m) => m.unit === 'g') ? [] : [{ unit: 'g', label: 'grams' }]),
  ...(measures.some((m) => m.unit === 'oz') ? [] : [{ unit: 'oz', label: 'oz (28 g)' }]),
];

/** Grams of `quantity` `unit` of a food, or null when the amount cannot be read. */
export const gramsOf = (quantity: number, unit: string, measures: readonly FoodMeasure[]): number | null => {
  const per = gramsPerUnit(measures, unit);
  return per === undefined || !(quantity > 0) ? null : quantity * per;
};

/**
 * The item edit for an amount typed in the editor, or why it cannot be sent: the contract takes a
 * quantity in (0, 100] of a unit, or grams in (0, 5000].
 */
export const amountEdit = (
  foodId: string,
  quantityText: string,
  unit: string,
  measures: readonly FoodMeasure[],
  keepId: string | null,
): { edit: MealItemEdit } | { error: string } => {
  const quantity = Number(quantityText.replace(',', '.'));
  const id = keepId ? { id: keepId } : {};
  if (!quantityText.trim() || !Number.isFinite(quantity) || quantity <= 0)
    return { error: 'Enter an amount above 0.' };
  if (unit === 'g') {
    if (quantity > ITEM_GRAMS_MAX) return { error: `At most ${ITEM_GRAMS_MAX} g.` };
    return { edit: { ...id, food_id: foodId, grams: quantity } };
  }
  if (quantity > ITEM_QUANTITY_MAX) return { error: `At most ${ITEM_QUANTITY_MAX}; use grams for more.` };
  const grams = gramsOf(quantity, unit, measures);
  if (grams === null) return { error: 'Pick a unit.' };
  if (grams > ITEM_GRAMS_MAX) return { error: `That is over ${ITEM_GRAMS_MAX} g.` };
  return { edit: { ...id, food_id: foodId, quantity, unit } };
};
