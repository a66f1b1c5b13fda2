import type {
  Food,
  FoodMeasure,
  MealItem,
  MealItemEdit,
  MealLog,
  MealLogPatch,
  Nutrients,
} from '@fitiq/contract';

/** Grams per unit for the units every food takes (the contract's g, kg, oz, lb). */
export const MASS_GRAMS: Readonly<Record<string, number>> = { g: 1, kg: 1000, oz: 28.35, lb: 453.59 };

/** Items added on this device carry an id of this form until the server gives them theirs. */
export const LOCAL_ITEM_PREFIX = 'local:';

export type FoodLookup = (foodId: string) => Food | undefined;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Grams of one `unit` of a food with these measures, or undefined for a unit it does not have. */
export const gramsPerUnit = (measures: readonly FoodMeasure[], unit: string): number | undefined =>
  MASS_GRAMS[unit] ?? measures.find((m) => m.unit === unit)?.grams;

const perGram = (source: Pick<MealItem, 'grams' | 'calories' | 'protein_g' | 'carbs_g' | 'fat_g'>) => {
  const g = source.grams > 0 ? source.grams : 1;
  return {
    calories: source.calories / g,
    protein_g: source.protein_g / g,
    carbs_g: source.carbs_g / g,
    fat_g: source.fat_g / g,
  };
};

const perGramOfFood = (food: Food) => ({
  calories: food.per_100g.calories / 100,
  protein_g: food.per_100g.protein_g / 100,
  carbs_g: food.per_100g.carbs_g / 100,
  fat_g: food.per_100g.fat_g / 100,
});

let localItems = 0;
const localItemId = () => `${LOCAL_ITEM_PREFIX}${Date.now().toString(36)}-${++localItems}`;

/**
 * The item an edit asks for, as the server is expected to compute it: a food's nutrients scale with
 * its grams (from the item it replaces, or the food as searched); a custom item is taken as given.
 * What cannot be known here (a food never seen on this device) keeps the old numbers until the
 * server answers.
 */
const previewItem = (edit: MealItemEdit, old: MealItem | undefined, foods: FoodLookup): MealItem => {
  if (!('food_id' in edit)) {
    return {
      id: edit.id ?? localItemId(),
      food_id: null,
      name: edit.name,
      quantity: edit.grams ?? 1,
      unit: edit.grams === undefined ? 'serving' : 'g',
      grams: edit.grams ?? 0,
      calories: edit.calories,
      protein_g: edit.protein_g,
      carbs_g: edit.carbs_g,
      fat_g: edit.fat_g,
      measures: [],
      assumed: [],
      source: 'user',
    };
  }
  const same = old && old.food_id === edit.food_id ? old : undefined;
  const food = foods(edit.food_id);
  const measures = same?.measures ?? food?.measures ?? [];
  const amount =
    'grams' in edit
      ? { quantity: edit.grams, unit: 'g', grams: edit.grams }
      : {
          quantity: edit.quantity,
          unit: edit.unit,
          grams: edit.quantity * (gramsPerUnit(measures, edit.unit) ?? 0),
        };
  if (same && same.unit === amount.unit && same.quantity === amount.quantity) return same;
  const rates = same ? perGram(same) : food ? perGramOfFood(food) : null;
  const base = {
    id: edit.id ?? localItemId(),
    food_id: edit.food_id,
    name: same?.name ?? food?.name ?? old?.name ?? edit.food_id,
    measures,
    assumed: [],
    source: 'user' as const,
  };
  if (!rates || amount.grams <= 0) {
    const kept = same ?? old;
    return {
      ...base,
      ...amount,
      grams: kept?.grams ?? amount.grams,
      calories: kept?.calories ?? 0,
      protein_g: kept?.protein_g ?? 0,
      carbs_g: kept?.carbs_g ?? 0,
      fat_g: kept?.fat_g ?? 0,
    };
  }
  return {
    ...base,
    ...amount,
    grams: round1(amount.grams),
    calories: round1(rates.calories * amount.grams),
    protein_g: round1(rates.protein_g * amount.grams),
    carbs_g: round1(rates.carbs_g * amount.grams),
    fat_g: round1(rates.fat_g * amount.grams),
  };
};

export const itemTotals = (items: readonly MealItem[]): Nutrients => ({
  calories: round1(items.reduce((sum, i) => sum + i.calories, 0)),
  protein_g: round1(items.reduce((sum, i) => sum + i.protein_g, 0)),
  carbs_g: round1(items.reduce((sum, i) => sum + i.carbs_g, 0)),
  fat_g: round1(items.reduce((sum, i) => sum + i.fat_g, 0)),
});

/**
 * The meal as it should look once the server applied `patch`: shown at once (optimistic), replaced
 * by the server's answer. A new text means processing again; items given to a failed meal complete it.
 */
export const previewMeal = (meal: MealLog, patch: MealLogPatch, foods: FoodLookup): MealLog => {
  let next: MealLog = {
    ...meal,
    ...(patch.meal_type !== undefined ? { meal_type: patch.meal_type } : {}),
    ...(patch.logged_at !== undefined ? { logged_at: new Date(patch.logged_at).toISOString() } : {}),
  };
  if (patch.raw_input !== undefined) {
    next = {
      ...next,
      raw_input: patch.raw_input,
      status: 'processing',
      items: [],
      totals: null,
      error: null,
    };
  }
  if (patch.items !== undefined) {
    const byId = new Map(meal.items.map((item) => [item.id, item]));
    const items = patch.items.map((edit) =>
      previewItem(edit, edit.id ? byId.get(edit.id) : undefined, foods),
    );
    next = { ...next, items, totals: itemTotals(items), status: 'completed', error: null };
  }
  return next;
};
