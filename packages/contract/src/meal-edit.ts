import { type Static, Type } from 'typebox';
import {
  CUSTOM_ITEM_NAME_MAX_LENGTH,
  ITEM_GRAMS_MAX,
  ITEM_QUANTITY_MAX,
  MEAL_ITEMS_MAX,
  RAW_INPUT_MAX_LENGTH,
} from './limits.js';
import { MealType } from './meal-log.js';

const itemId = Type.Optional(
  Type.String({
    minLength: 1,
    maxLength: 64,
    description: 'An item of this meal to keep; omit for a new one',
  }),
);
const foodId = Type.String({ minLength: 1, maxLength: 64 });
const quantity = Type.Number({ exclusiveMinimum: 0, maximum: ITEM_QUANTITY_MAX });
const grams = Type.Number({ exclusiveMinimum: 0, maximum: ITEM_GRAMS_MAX });
const nutrient = (maximum: number) => Type.Number({ minimum: 0, maximum });

/*
 * Each item shape closes its properties: a food item carrying nutrients matches none of them and is
 * refused, since the server alone computes a food's nutrients from its table.
 */
export const FoodQuantityItemEdit = Type.Object(
  {
    id: itemId,
    food_id: foodId,
    quantity,
    unit: Type.String({
      minLength: 1,
      maxLength: 32,
      description: "One of the food's measure units, or g, kg, oz, lb",
    }),
  },
  { additionalProperties: false },
);
export type FoodQuantityItemEdit = Static<typeof FoodQuantityItemEdit>;

export const FoodGramsItemEdit = Type.Object(
  { id: itemId, food_id: foodId, grams },
  { additionalProperties: false },
);
export type FoodGramsItemEdit = Static<typeof FoodGramsItemEdit>;

export const CustomItemEdit = Type.Object(
  {
    id: itemId,
    name: Type.String({ minLength: 1, maxLength: CUSTOM_ITEM_NAME_MAX_LENGTH }),
    grams: Type.Optional(grams),
    calories: nutrient(20000),
    protein_g: nutrient(ITEM_GRAMS_MAX),
    carbs_g: nutrient(ITEM_GRAMS_MAX),
    fat_g: nutrient(ITEM_GRAMS_MAX),
  },
  { additionalProperties: false },
);
export type CustomItemEdit = Static<typeof CustomItemEdit>;

export const MealItemEdit = Type.Union([FoodQuantityItemEdit, FoodGramsItemEdit, CustomItemEdit]);
export type MealItemEdit = Static<typeof MealItemEdit>;

/**
 * PATCH /meal-logs/{id} with `If-Match: "<version>"`. `raw_input` parses the meal again and cannot
 * come with `items`; an empty `items` is refused (delete the meal instead).
 */
export const MealLogPatch = Type.Object(
  {
    items: Type.Optional(Type.Array(MealItemEdit, { minItems: 1, maxItems: MEAL_ITEMS_MAX })),
    meal_type: Type.Optional(Type.Union([MealType, Type.Null()])),
    logged_at: Type.Optional(Type.String({ format: 'date-time' })),
    raw_input: Type.Optional(
      Type.String({
        minLength: 1,
        description: `1 to ${RAW_INPUT_MAX_LENGTH} characters (Unicode code points) after trimming`,
      }),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type MealLogPatch = Static<typeof MealLogPatch>;
