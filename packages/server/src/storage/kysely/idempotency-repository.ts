import type { IdempotencyRepository } from '../storage.js';
import type { Executor } from './executor.js';

export const createIdempotencyRepository = (db: Executor): IdempotencyRepository => ({
  async find(userId, key) {
    const row = await db
      .selectFrom('idempotency_keys')
      .select('meal_log_id')
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .executeTakeFirst();
    return row?.meal_log_id ?? null;
  },
  async insert(userId, key, mealLogId, createdAt) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({ user_id: userId, key, meal_log_id: mealLogId, created_at: createdAt })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    return inserted !== undefined;
  },
  async listForUser(userId) {
    const rows = await db
      .selectFrom('idempotency_keys')
      .select(['key', 'meal_log_id', 'created_at'])
      .where('user_id', '=', userId)
      .orderBy('created_at')
      .execute();
    return rows.map((row) => ({ key: row.key, mealLogId: row.meal_log_id, createdAt: row.created_at }));
  },
});
