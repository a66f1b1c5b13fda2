import type { Kysely } from 'kysely';
import type { MealLogRecord } from '../../meals/meal-log-record.js';
import type { Database, MealLogsTable } from '../schema.js';
import type { MealLogRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

const toRecord = (row: MealLogsTable): MealLogRecord => ({
  id: row.id,
  userId: row.user_id,
  status: row.status as MealLogRecord['status'],
  rawInput: row.raw_input,
  mealType: row.meal_type as MealLogRecord['mealType'],
  loggedAt: row.logged_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  items: JSON.parse(row.items) as MealLogRecord['items'],
  totals: row.totals === null ? null : (JSON.parse(row.totals) as MealLogRecord['totals']),
  error: row.error === null ? null : (JSON.parse(row.error) as MealLogRecord['error']),
});

const jsonOrNull = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

type MealKey = { id: string; user_id: string };
type Outcome = Pick<MealLogsTable, 'id' | 'status' | 'items' | 'totals' | 'error' | 'updated_at'>;

/** The statements run for every meal: its insert, its outcome and the reads around them. */
export const prepareMealLogStatements = (db: Kysely<Database>) => ({
  insert: prepareStatement<MealLogsTable>((slot) =>
    db.insertInto('meal_logs').values({
      id: slot('id'),
      user_id: slot('user_id'),
      status: slot('status'),
      raw_input: slot('raw_input'),
      meal_type: slot('meal_type'),
      logged_at: slot('logged_at'),
      created_at: slot('created_at'),
      updated_at: slot('updated_at'),
      items: slot('items'),
      totals: slot('totals'),
      error: slot('error'),
    }),
  ),
  find: prepareStatement<MealKey, MealLogsTable>((slot) =>
    db
      .selectFrom('meal_logs')
      .selectAll()
      .where('id', '=', slot('id'))
      .where('user_id', '=', slot('user_id')),
  ),
  finish: prepareStatement<Outcome, MealLogsTable>((slot) =>
    db
      .updateTable('meal_logs')
      .set({
        status: slot('status'),
        items: slot('items'),
        totals: slot('totals'),
        error: slot('error'),
        updated_at: slot('updated_at'),
      })
      .where('id', '=', slot('id'))
      .where('status', '=', 'processing')
      .returningAll(),
  ),
});

export type MealLogStatements = ReturnType<typeof prepareMealLogStatements>;

export const createMealLogRepository = (db: Executor, statements: MealLogStatements): MealLogRepository => ({
  async insert(meal) {
    await statements.insert(db, {
      id: meal.id,
      user_id: meal.userId,
      status: meal.status,
      raw_input: meal.rawInput,
      meal_type: meal.mealType,
      logged_at: meal.loggedAt,
      created_at: meal.createdAt,
      updated_at: meal.updatedAt,
      items: JSON.stringify(meal.items),
      totals: jsonOrNull(meal.totals),
      error: jsonOrNull(meal.error),
    });
  },
  async find(userId, id) {
    const [row] = (await statements.find(db, { id, user_id: userId })).rows;
    return row ? toRecord(row) : null;
  },
  async findMany(ids) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('meal_logs').selectAll().where('id', 'in', ids).execute();
    return rows.map(toRecord);
  },
  async listLoggedBetween(userId, range) {
    const rows = await db
      .selectFrom('meal_logs')
      .selectAll()
      .where('user_id', '=', userId)
      .where('logged_at', '>=', range.fromInclusive)
      .where('logged_at', '<', range.toExclusive)
      .orderBy('logged_at')
      .orderBy('created_at')
      .execute();
    return rows.map(toRecord);
  },
  async listAll(userId) {
    const rows = await db
      .selectFrom('meal_logs')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('logged_at')
      .orderBy('created_at')
      .execute();
    return rows.map(toRecord);
  },
  async finish(id, update) {
    const [row] = (
      await statements.finish(db, {
        id,
        status: update.status,
        items: JSON.stringify(update.items),
        totals: jsonOrNull(update.totals),
        error: jsonOrNull(update.error),
        updated_at: update.updatedAt,
      })
    ).rows;
    return row ? toRecord(row) : null;
  },
  async delete(userId, id) {
    const result = await db
      .deleteFrom('meal_logs')
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
});
