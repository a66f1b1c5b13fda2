import type { Nutrients } from '@fitiq/contract';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { LoggedTotals, MealHistoryRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { type MealLogRow, toMealLogRecord } from './meal-log-repository.js';
import { prepareStatement } from './prepared-statement.js';

/**
 * Inlined, not bound: a partial index (WHERE status = 'completed') is used only when the query names
 * the same constant, and SQLite cannot see through a bound parameter.
 */
const COMPLETED = sql.lit('completed');

type Between = { user_id: string; from: string; to: string };
type Recent = { user_id: string; limit: number };

/**
 * Both read only completed meals, through the partial indexes of migration 0007 (which hold nothing
 * else), and both are asked for on every trends or log screen: compiled once.
 */
export const prepareMealHistoryStatements = (db: Kysely<Database>) => ({
  totalsBetween: prepareStatement<Between, { logged_at: string; totals: string | null }>((slot) =>
    db
      .selectFrom('meal_logs')
      .select(['logged_at', 'totals'])
      .where('user_id', '=', slot('user_id'))
      .where('status', '=', COMPLETED)
      .where('logged_at', '>=', slot('from'))
      .where('logged_at', '<', slot('to'))
      .orderBy('logged_at'),
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
  statements: MealHistoryStatements,
): MealHistoryRepository => ({
  async completedTotalsBetween(userId, range) {
    const { rows } = await statements.totalsBetween(db, {
      user_id: userId,
      from: range.fromInclusive,
      to: range.toExclusive,
    });
    // A plain loop: a year holds 1,830 rows, and flatMap's array per row cost five times the query.
    const meals: LoggedTotals[] = [];
    for (const row of rows) {
      // A completed meal always has totals; the check only keeps the type honest.
      if (row.totals !== null)
        meals.push({ loggedAt: row.logged_at, totals: JSON.parse(row.totals) as Nutrients });
    }
    return meals;
  },
  async recentCompleted(userId, limit) {
    const { rows } = await statements.recent(db, { user_id: userId, limit });
    return rows.map(toMealLogRecord);
  },
});
