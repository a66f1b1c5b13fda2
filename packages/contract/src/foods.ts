import { type Static, Type } from 'typebox';
import { FOOD_QUERY_MAX_LENGTH, FOOD_SEARCH_LIMIT_DEFAULT, FOOD_SEARCH_LIMIT_MAX } from './limits.js';
import { FoodMeasure, Nutrients } from './meal-log.js';

/** A food of the table (v1.1): per-100 g values, its household measures and the USDA record behind it. */
export const Food = Type.Object({
  id: Type.String(),
  name: Type.String(),
  category: Type.String(),
  source: Type.Object({
    database: Type.String({ description: 'The USDA release, e.g. usda_sr28' }),
    id: Type.String({ description: 'The record number in that release' }),
  }),
  per_100g: Nutrients,
  measures: Type.Array(FoodMeasure),
  default_unit: Type.String({ description: "One of the measures' units: what the food's name alone means" }),
});
export type Food = Static<typeof Food>;

export const FoodSearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: FOOD_QUERY_MAX_LENGTH }),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: FOOD_SEARCH_LIMIT_MAX, default: FOOD_SEARCH_LIMIT_DEFAULT }),
    ),
  },
  { additionalProperties: false },
);
export type FoodSearchQuery = Static<typeof FoodSearchQuery>;

export const FoodList = Type.Object({ foods: Type.Array(Food, { description: 'Best match first' }) });
export type FoodList = Static<typeof FoodList>;
