/**
 * What we ask the model to answer, as the JSON schema sent with `response_format` (strict mode:
 * every property required, no extras, nullable written as a type union) and a hand-written check
 * of the answer, because a model or a proxy can still send something else.
 */
import type { Assumption } from '../catalog/food-view.js';

/** Contract order; the model's list is read in this order, whatever order it came in. */
const ASSUMPTIONS: readonly Assumption[] = ['quantity', 'size', 'unit', 'form'];

export type ModelItem = {
  name: string;
  preparation: string | null;
  /** `null` when the model gave none (absent, null or 0): the text said no amount. */
  quantity: number | null;
  unit: string;
  /** `null` when the model gave no weight. */
  grams: number | null;
  /** What the model says the text left open, known values only. */
  assumed: Assumption[];
  calories: number;
  protein_g: number;
  carbs_g: number;
  fat_g: number;
  fiber_g: number;
  sugars_g: number;
  sodium_mg: number;
};

export type ModelMeal = { items: ModelItem[]; unknown: string[] };

/** The amount: optional in what we accept, since "no amount" is an answer. */
const AMOUNT_FIELDS = ['quantity', 'grams'] as const;
/** The model's nutrients for its amount: kept only for a food outside the table. */
const NUTRIENT_FIELDS = [
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
        required: ['name', 'preparation', 'quantity', 'unit', 'grams', 'assumed', ...NUTRIENT_FIELDS],
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
          assumed: {
            type: 'array',
            items: { type: 'string', enum: ASSUMPTIONS },
            description: 'What the text left open and you filled in; [] when it said it all',
          },
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

/** A missing, null or zero amount is no amount; any other non-number is a malformed answer. */
function readAmount(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === 0) return null;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * Known values once each, in contract order; a word we do not know is dropped rather than
 * trusted. Absent (an answer in the older shape, without the field) means nothing assumed.
 */
function readAssumed(value: unknown): Assumption[] | undefined {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return undefined;
  return ASSUMPTIONS.filter((assumption) => value.includes(assumption));
}

function readItem(value: unknown, index: number): ModelItem | string {
  if (!isRecord(value)) return `items[${index}] is not an object`;
  if (typeof value.name !== 'string' || value.name.trim() === '')
    return `items[${index}].name is not a non-empty string`;
  const unit = value.unit ?? '';
  if (typeof unit !== 'string') return `items[${index}].unit is not a string`;
  const preparation = value.preparation ?? null;
  if (preparation !== null && typeof preparation !== 'string')
    return `items[${index}].preparation is not a string`;
  const [quantity, grams] = AMOUNT_FIELDS.map((field) => readAmount(value[field]));
  if (quantity === undefined) return `items[${index}].quantity is not a positive number`;
  if (grams === undefined) return `items[${index}].grams is not a positive number`;
  for (const field of NUTRIENT_FIELDS) {
    const n = value[field];
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0)
      return `items[${index}].${field} is not a non-negative number`;
  }
  const assumed = readAssumed(value.assumed);
  if (assumed === undefined) return `items[${index}].assumed is not an array`;
  return { ...(value as ModelItem), name: value.name.trim(), preparation, quantity, unit, grams, assumed };
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
