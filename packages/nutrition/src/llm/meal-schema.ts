/**
 * What we ask the model to answer, as the JSON schema sent with `response_format` (strict mode:
 * every property required, no extras, nullable written as a type union) and a hand-written check
 * of the answer, because a model or a proxy can still send something else.
 */

export type ModelItem = {
  name: string;
  preparation: string | null;
  quantity: number;
  unit: string;
  grams: number;
  calories: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  fiber_g: number;
  sugars_g: number;
  sodium_mg: number;
};

export type ModelMeal = { items: ModelItem[]; unknown: string[] };

const NUMBER_FIELDS = [
  'quantity',
  'grams',
  'calories',
  'protein_g',
  'carbs_g',
  'fat_g',
  'fiber_g',
  'sugars_g',
  'sodium_mg',
] as const;

const number = { type: 'number' } as const;

export const MEAL_JSON_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['items', 'unknown'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'preparation', ...NUMBER_FIELDS, 'unit'],
        properties: {
          name: {
            type: 'string',
            description: 'Plain food name, singular, without amounts: "egg", "peanut butter"',
          },
          preparation: {
            type: ['string', 'null'],
            description: 'fried, grilled, scrambled, boiled, raw... or null',
          },
          quantity: number,
          unit: { type: 'string', description: 'g, ml, cup, tbsp, tsp, slice, piece, large, ...' },
          grams: { type: 'number', description: 'Estimated weight eaten, in grams' },
          calories: number,
          protein_g: number,
          carbs_g: number,
          fat_g: number,
          fiber_g: number,
          sugars_g: number,
          sodium_mg: number,
        },
      },
    },
    unknown: {
      type: 'array',
      items: { type: 'string' },
      description: 'Fragments that look like food you cannot identify',
    },
  },
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readItem(value: unknown, index: number): ModelItem | string {
  if (!isRecord(value)) return `items[${index}] is not an object`;
  if (typeof value.name !== 'string' || value.name.trim() === '')
    return `items[${index}].name is not a non-empty string`;
  if (typeof value.unit !== 'string') return `items[${index}].unit is not a string`;
  const preparation = value.preparation ?? null;
  if (preparation !== null && typeof preparation !== 'string')
    return `items[${index}].preparation is not a string`;
  for (const field of NUMBER_FIELDS) {
    const n = value[field];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
      return `items[${index}].${field} is not a non-negative number`;
  }
  return { ...(value as ModelItem), preparation };
}

/** The model's answer if it has the promised shape, else a description of what is wrong. */
export function readModelMeal(value: unknown): ModelMeal | string {
  if (!isRecord(value) || !Array.isArray(value.items)) return 'answer has no items array';
  const items: ModelItem[] = [];
  for (const [index, raw] of value.items.entries()) {
    const item = readItem(raw, index);
    if (typeof item === 'string') return item;
    items.push(item);
  }
  const unknown = Array.isArray(value.unknown)
    ? value.unknown.filter((u): u is string => typeof u === 'string')
    : [];
  return { items, unknown };
}
