import { type Static, Type } from 'typebox';
import { RECENT_MEALS_LIMIT_DEFAULT, RECENT_MEALS_LIMIT_MAX } from './limits.js';
import { MealLog, MealType } from './meal-log.js';

/** POST /meal-logs/{id}/copy: the copy keeps the original's text and items, at a new time or slot. */
export const CopyMealLogBody = Type.Object(
  {
    logged_at: Type.Optional(Type.String({ format: 'date-time' })),
    meal_type: Type.Optional(Type.Union([MealType, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CopyMealLogBody = Static<typeof CopyMealLogBody>;

export const RecentMealsQuery = Type.Object(
  {
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: RECENT_MEALS_LIMIT_MAX, default: RECENT_MEALS_LIMIT_DEFAULT }),
    ),
  },
  { additionalProperties: false },
);
export type RecentMealsQuery = Static<typeof RecentMealsQuery>;

export const RecentMeals = Type.Object({
  meal_logs: Type.Array(MealLog, {
    description: 'Latest completed meals, one per distinct text (ignoring case and spacing), newest first',
  }),
});
export type RecentMeals = Static<typeof RecentMeals>;
