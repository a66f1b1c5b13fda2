import type { Kysely, Selectable } from 'kysely';
import type { Database, PortionsTable } from '../schema.js';
import type { PortionRecord, PortionRepository } from '../storage.js';
import type { Executor } from './executor.js';
import { prepareStatement } from './prepared-statement.js';

const toRecord = (row: Selectable<PortionsTable>): PortionRecord => ({
  userId: row.user_id,
  foodId: row.food_id,
  name: row.name,
  quantity: Number(row.quantity),
  unit: row.unit,
  grams: Number(row.grams),
  updatedAt: row.updated_at,
});

/**
 * Read for every meal whose text left an amount open (the processor looks for remembered portions),
 * so compiled once. All of the user's portions rather than `food_id in (…)`, whose shape changes with
 * the list: a user keeps one per food they corrected, a short list.
 */
export const preparePortionStatements = (db: Kysely<Database>) => ({
  forUser: prepareStatement<{ user_id: string }, Selectable<PortionsTable>>((slot) =>
    db.selectFrom('portions').selectAll().where('user_id', '=', slot('user_id')),
  ),
});

export type PortionStatements = ReturnType<typeof preparePortionStatements>;

export const createPortionRepository = (db: Executor, statements: PortionStatements): PortionRepository => ({
  async remember(portion) {
    const values = {
      name: portion.name,
      quantity: portion.quantity,
      unit: portion.unit,
      grams: portion.grams,
      updated_at: portion.updatedAt,
    };
    await db
      .insertInto('portions')
      .values({ user_id: portion.userId, food_id: portion.foodId, ...values })
      .onConflict((oc) => oc.columns(['user_id', 'food_id']).doUpdateSet(values))
      .execute();
  },
  async findForFoods(userId, foodIds) {
    if (foodIds.length === 0) return [];
    const { rows } = await statements.forUser(db, { user_id: userId });
    return rows.filter((row) => foodIds.includes(row.food_id)).map(toRecord);
  },
  async listForUser(userId) {
    const rows = await db
      .selectFrom('portions')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('updated_at', 'desc')
      .orderBy('food_id')
      .execute();
    return rows.map(toRecord);
  },
  async forget(userId, foodId) {
    const result = await db
      .deleteFrom('portions')
      .where('user_id', '=', userId)
      .where('food_id', '=', foodId)
      .executeTakeFirst();
    return result.numDeletedRows > 0n;
  },
});
