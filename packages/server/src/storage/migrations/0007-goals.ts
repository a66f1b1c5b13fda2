import { type Kysely, type Migration, sql } from 'kysely';
import { mealTextKey } from '../../meals/text-key.js';

const BACKFILL_PAGE = 500;

/** Fills text_key for the meals stored before it existed, a page at a time, one UPDATE per page. */
const backfillTextKeys = async (db: Kysely<unknown>) => {
  for (let after = ''; ; ) {
    const { rows } = await sql<{ id: string; raw_input: string }>`
      select id, raw_input from meal_logs where id > ${after} order by id limit ${BACKFILL_PAGE}`.execute(db);
    const last = rows.at(-1);
    if (!last) return;
    const cases = sql.join(
      rows.map((row) => sql`when ${row.id} then ${mealTextKey(row.raw_input)}`),
      sql` `,
    );
    const ids = sql.join(rows.map((row) => row.id));
    await sql`update meal_logs set text_key = case id ${cases} end where id in (${ids})`.execute(db);
    after = last.id;
  }
};

/**
 * Contract v1.1, goals and trends: a user's daily goals (one row per user, absent until first set),
 * and what the recent-meals list and the summary read. `text_key` is the meal's text with case and
 * spacing ignored (see mealTextKey); the recent list ranks a user's completed meals per text_key, and
 * the summary sums a range of a user's completed meals: both read one partial index holding only
 * completed meals, in key order.
 */
export const goals: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('goals')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('calories', 'double precision')
      .addColumn('protein_g', 'double precision')
      .addColumn('carbs_g', 'double precision')
      .addColumn('fat_g', 'double precision')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.alterTable('meal_logs').addColumn('text_key', 'text').execute();
    await backfillTextKeys(db);
    await db.schema
      .createIndex('meal_logs_completed_by_text')
      .on('meal_logs')
      .columns(['user_id', 'text_key', 'logged_at', 'created_at', 'id'])
      .where(sql.ref('status'), '=', 'completed')
      .execute();
    // totals last, so the summary reads the index alone and never the rows with their items.
    await db.schema
      .createIndex('meal_logs_completed_by_day')
      .on('meal_logs')
      .columns(['user_id', 'logged_at', 'totals'])
      .where(sql.ref('status'), '=', 'completed')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('meal_logs_completed_by_day').execute();
    await db.schema.dropIndex('meal_logs_completed_by_text').execute();
    await db.schema.alterTable('meal_logs').dropColumn('text_key').execute();
    await db.schema.dropTable('goals').execute();
  },
};
