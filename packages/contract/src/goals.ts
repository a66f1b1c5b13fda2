import { type Static, Type } from 'typebox';
import { SUMMARY_RANGE_MAX_DAYS } from './limits.js';

const goal = (description: string) =>
  Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()], {
    description: `${description}; null when the user set none`,
  });

/** The user's daily goals (v1.1), the same on every device: GET and PUT /me/goals. */
export const Goals = Type.Object(
  {
    calories: goal('Kilocalories a day'),
    protein_g: goal('Grams of protein a day'),
    carbs_g: goal('Grams of carbohydrate a day'),
    fat_g: goal('Grams of fat a day'),
  },
  { additionalProperties: false },
);
export type Goals = Static<typeof Goals>;

/** The event every device follows when the goals change; its `data` is `{goals}`. */
export const GOALS_UPDATED = 'goals.updated';
export type GoalsUpdatedData = { goals: Goals };

const day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Local calendar day, YYYY-MM-DD' });

/** GET /summary: at most SUMMARY_RANGE_MAX_DAYS days, `from` not after `to`. */
export const SummaryQuery = Type.Object(
  {
    from: day,
    to: day,
    tz: Type.Optional(
      Type.String({ minLength: 1, maxLength: 64, description: 'IANA time zone, default UTC' }),
    ),
  },
  { additionalProperties: false, description: `At most ${SUMMARY_RANGE_MAX_DAYS} days` },
);
export type SummaryQuery = Static<typeof SummaryQuery>;

export const SummaryDay = Type.Object({
  date: Type.String(),
  calories: Type.Number(),
  protein_g: Type.Number(),
  carbs_g: Type.Number(),
  fat_g: Type.Number(),
  meals: Type.Integer({ minimum: 0, description: 'Completed meals of that day' }),
});
export type SummaryDay = Static<typeof SummaryDay>;

export const Summary = Type.Object({
  days: Type.Array(SummaryDay, { description: 'Every date of the range, days without meals with zeros' }),
  averages: Type.Object(
    {
      calories: Type.Number(),
      protein_g: Type.Number(),
      carbs_g: Type.Number(),
      fat_g: Type.Number(),
      days_logged: Type.Integer({ minimum: 0 }),
    },
    { description: 'Over the days with at least one completed meal' },
  ),
  goals: Goals,
});
export type Summary = Static<typeof Summary>;
