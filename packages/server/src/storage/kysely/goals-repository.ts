import type { GoalsRepository } from '../storage.js';
import type { Executor } from './executor.js';

/** Doubles come back as numbers from SQLite and PostgreSQL alike; Number() keeps a driver's string out. */
const goalOrNull = (value: number | null): number | null => (value === null ? null : Number(value));

export const createGoalsRepository = (db: Executor): GoalsRepository => ({
  async find(userId) {
    const row = await db
      .selectFrom('goals')
      .select(['calories', 'protein_g', 'carbs_g', 'fat_g'])
      .where('user_id', '=', userId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      calories: goalOrNull(row.calories),
      protein_g: goalOrNull(row.protein_g),
      carbs_g: goalOrNull(row.carbs_g),
      fat_g: goalOrNull(row.fat_g),
    };
  },
  async save(userId, goals, updatedAt) {
    const values = { ...goals, updated_at: updatedAt };
    await db
      .insertInto('goals')
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
      .execute();
  },
});
