import { type Static, Type } from 'typebox';
import { RAW_INPUT_MAX_LENGTH } from './limits.js';

export const MEAL_TYPES = ['breakfast', 'lunch', 'dinner', 'snack'] as const;
export const MealType = Type.Union([
  Type.Literal('breakfast'),
  Type.Literal('lunch'),
  Type.Literal('dinner'),
  Type.Literal('snack'),
]);
export type MealType = (typeof MEAL_TYPES)[number];

export const MEAL_LOG_STATUSES = ['processing', 'completed', 'failed'] as const;
export type MealLogStatus = (typeof MEAL_LOG_STATUSES)[number];

export const Nutrients = Type.Object({
  calories: Type.Number(),
  protein_g: Type.Number(),
  carbs_g: Type.Number(),
  fat_g: Type.Number(),
});
export type Nutrients = Static<typeof Nutrients>;

/** A food's household measure, e.g. `{unit: "slice", label: "1 slice", grams: 29}`. */
export const FoodMeasure = Type.Object({
  unit: Type.String(),
  label: Type.String(),
  grams: Type.Number(),
});
export type FoodMeasure = Static<typeof FoodMeasure>;

/** What the parser supplied rather than read from the text. */
export const ITEM_ASSUMPTIONS = ['quantity', 'size', 'unit', 'form'] as const;
export type ItemAssumption = (typeof ITEM_ASSUMPTIONS)[number];
export const ItemAssumption = Type.Union([
  Type.Literal('quantity'),
  Type.Literal('size'),
  Type.Literal('unit'),
  Type.Literal('form'),
]);

/** Who set an item's amount: the parser, an edit, or the user's remembered portion. */
export const ITEM_SOURCES = ['parser', 'user', 'memory'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];
export const ItemSource = Type.Union([Type.Literal('parser'), Type.Literal('user'), Type.Literal('memory')]);

export const MealItem = Type.Object({
  id: Type.String({ description: "Unique in its meal; an edit of one item keeps the others' ids" }),
  food_id: Type.Union([Type.String(), Type.Null()], {
    description: 'The food table id; null for a custom item the user typed in',
  }),
  name: Type.String(),
  quantity: Type.Number(),
  unit: Type.String(),
  grams: Type.Number(),
  calories: Type.Number(),
  protein_g: Type.Number(),
  carbs_g: Type.Number(),
  fat_g: Type.Number(),
  measures: Type.Array(FoodMeasure, { description: "The food's household measures; [] for a custom item" }),
  assumed: Type.Array(ItemAssumption, {
    description: 'What the parser supplied rather than read; [] otherwise',
  }),
  source: ItemSource,
});
export type MealItem = Static<typeof MealItem>;

export const MealLogError = Type.Object({ code: Type.String(), message: Type.String() });
export type MealLogError = Static<typeof MealLogError>;

export const MealLog = Type.Object({
  id: Type.String({ format: 'uuid' }),
  version: Type.Integer({
    minimum: 1,
    description: 'Starts at 1 and grows by 1 with every change, processing included; the ETag',
  }),
  status: Type.Union([Type.Literal('processing'), Type.Literal('completed'), Type.Literal('failed')]),
  raw_input: Type.String(),
  meal_type: Type.Union([MealType, Type.Null()]),
  logged_at: Type.String({ format: 'date-time' }),
  created_at: Type.String({ format: 'date-time' }),
  updated_at: Type.String({ format: 'date-time' }),
  items: Type.Array(MealItem),
  totals: Type.Union([Nutrients, Type.Null()]),
  error: Type.Union([MealLogError, Type.Null()]),
});
export type MealLog = Static<typeof MealLog>;

export const CreateMealLogBody = Type.Object(
  {
    // Padding around the text does not count (the request's body limit bounds it), so the schema
    // cannot hold the limit itself: the route checks it after trimming.
    raw_input: Type.String({
      minLength: 1,
      description: `1 to ${RAW_INPUT_MAX_LENGTH} characters (Unicode code points) after trimming`,
    }),
    meal_type: Type.Optional(Type.Union([MealType, Type.Null()])),
    logged_at: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
);
export type CreateMealLogBody = Static<typeof CreateMealLogBody>;

export const DayQuery = Type.Object(
  {
    date: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Local calendar day, YYYY-MM-DD' }),
    tz: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, default UTC' }),
    ),
  },
  { additionalProperties: false },
);
export type DayQuery = Static<typeof DayQuery>;

export const DayView = Type.Object({
  meal_logs: Type.Array(MealLog),
  totals: Nutrients,
  head: Type.Integer({ minimum: 0 }),
});
export type DayView = Static<typeof DayView>;
