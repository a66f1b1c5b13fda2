import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { DayTotals, MealHistoryRepository, StorageCapabilities } from '../storage.js';
import { dayBoundsParameter, dayBoundsTable } from './day-bounds.js';
import type { Executor } from './executor.js';
import { type MealLogRow, toMealLogRecord } from './meal-log-repository.js';
import { prepareStatement } from './prepared-statement.js';

/**
 * Inlined, not bound: a partial index (WHERE status = 'completed') is used only when the query names
 * the same constant, and SQLite cannot see through a bound parameter.
 */
const COMPLETED = sql.lit('completed');

type ByDay = { user_id: string; days: unknown };
type Recent = { user_id: string; limit: number };

/**
 * Both read only completed meals, through partial indexes (migrations 0007 and 0009) that hold nothing
 * else, and both are asked for on every trends or log screen: compiled once.
 */
export const prepareMealHistoryStatements = (
  db: Kysely<Database>,
  { arrayParameters }: StorageCapabilities,
) => ({
  // One range scan of the index per day, which holds the totals' numbers: the rows are never read,
  // and the server gets a row per day, not one per meal to parse and add up itself. A CROSS JOIN,
  // because SQLite then keeps the days as the outer loop: left to choose, it has walked all the
  // user's meals and every day for each, 200 times slower.
  totalsByDay: prepareStatement<ByDay, DayTotals>((slot) =>
    db
      .selectFrom(dayBoundsTable(arrayParameters, slot('days')).as('d'))
      .crossJoin('meal_logs as m')
      .whereRef('m.logged_at', '>=', 'd.starts_at')
      .whereRef('m.logged_at', '<', 'd.ends_at')
      .select((eb) => [
        'd.day',
        eb.cast<number>(eb.fn.countAll(), 'integer').as('meals'),
        eb.fn.sum<number>('m.total_calories').as('calories'),
        eb.fn.sum<number>('m.total_protein_g').as('protein_g'),
        eb.fn.sum<number>('m.total_carbs_g').as('carbs_g'),
        eb.fn.sum<number>('m.total_fat_g').as('fat_g'),
      ])
      .where('m.user_id', '=', slot('user_id'))
      .where('m.status', '=', COMPLETED)
      // A completed meal always has totals; the check only keeps the type honest.
      .where('m.total_calories', 'is not', null)
      .groupBy('d.day'),
  ),
  // Ranks each text's meals newest first from the index alone (it holds every key the ranking reads),
  // then reads the rows of the winners: the other meals' items are never read.
  recent: prepareStatement<Recent, MealLogRow>((slot) =>
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('meal_logs')
          .select((inner) => [
            'id',
            inner.fn
              .agg<number>('row_number')
              .over((over) =>
                over
                  .partitionBy('text_key')
                  .orderBy('logged_at', 'desc')
                  .orderBy('created_at', 'desc')
                  .orderBy('id', 'desc'),
              )
              .as('rank'),
          ])
          .where('user_id', '=', slot('user_id'))
          .where('status', '=', COMPLETED)
          .as('ranked'),
      )
      .innerJoin('meal_logs', 'meal_logs.id', 'ranked.id')
      .selectAll('meal_logs')
      .where('ranked.rank', '=', 1)
      .orderBy('meal_logs.logged_at', 'desc')
      .orderBy('meal_logs.created_at', 'desc')
      .orderBy('meal_logs.id', 'desc')
      .limit(slot('limit')),
  ),
});

export type MealHistoryStatements = ReturnType<typeof prepareMealHistoryStatements>;

export const createMealHistoryRepository = (
  db: Executor,
  { arrayParameters }: StorageCapabilities,
  statements: MealHistoryStatements,
): MealHistoryRepository => ({
  async completedTotalsByDay(userId, dayStarts) {
    const days = dayBoundsParameter(arrayParameters, dayStarts);
    return (await statements.totalsByDay(db, { user_id: userId, days })).rows;
  },
  async recentCompleted(userId, limit) {
    const { rows } = await statements.recent(db, { user_id: userId, limit });
    return rows.map(toMealLogRecord);
  },
});
