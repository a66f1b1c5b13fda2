import type { Kysely } from 'kysely';
import type { Database, IdempotencyKeysTable } from '../schema.js';
import type { IdempotencyRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

/** Looked up and written by every POST that carries an Idempotency-Key. */
export const prepareIdempotencyStatements = (db: Kysely<Database>) => ({
  find: prepareStatement<{ user_id: string; key: string }, { meal_log_id: string }>((slot) =>
    db
      .selectFrom('idempotency_keys')
      .select('meal_log_id')
      .where('user_id', '=', slot('user_id'))
      .where('key', '=', slot('key')),
  ),
  insert: prepareStatement<IdempotencyKeysTable, { key: string }>((slot) =>
    db
      .insertInto('idempotency_keys')
      .values({
        user_id: slot('user_id'),
        key: slot('key'),
        meal_log_id: slot('meal_log_id'),
        created_at: slot('created_at'),
      })
      .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
      .returning('key'),
  ),
});

export type IdempotencyStatements = ReturnType<typeof prepareIdempotencyStatements>;

export const createIdempotencyRepository = (
  db: Executor,
  statements: IdempotencyStatements,
): IdempotencyRepository => ({
  async find(userId, key) {
    const [row] = (await statements.find(db, { user_id: userId, key })).rows;
    return row?.meal_log_id ?? null;
  },
  async insert(userId, key, mealLogId, createdAt) {
    const { rows } = await statements.insert(db, {
      user_id: userId,
      key,
      meal_log_id: mealLogId,
      created_at: createdAt,
    });
    return rows.length > 0;
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
