import type { MealLogRecord } from '../../meals/meal-log-record.js';
import type { MealLogsTable } from '../schema.js';
import type { MealLogRepository } from '../storage.js';
import type { Executor } from './executor.js';

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

export const createMealLogRepository = (db: Executor): MealLogRepository => ({
  async insert(meal) {
    await db
      .insertInto('meal_logs')
      .values({
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
      })
      .execute();
  },
  async find(userId, id) {
    const row = await db
      .selectFrom('meal_logs')
      .selectAll()
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? toRecord(row) : null;
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
    const row = await db
      .updateTable('meal_logs')
      .set({
        status: update.status,
        items: JSON.stringify(update.items),
        totals: jsonOrNull(update.totals),
        error: jsonOrNull(update.error),
        updated_at: update.updatedAt,
      })
      .where('id', '=', id)
      .where('status', '=', 'processing')
      .returningAll()
      .executeTakeFirst();
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
