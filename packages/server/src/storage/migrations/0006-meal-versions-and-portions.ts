import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Contract v1.1: every meal has a version (its ETag, checked by If-Match on edits), and a user's
 * corrected amounts are remembered per food. A meal that already has an outcome changed once after
 * it was created, so it starts at 2, as if it had been versioned all along.
 */
export const mealVersionsAndPortions: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('meal_logs')
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
      .execute();
    await sql`update meal_logs set version = 2 where status <> 'processing'`.execute(db);

    await db.schema
      .createTable('portions')
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('food_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('quantity', 'double precision', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('grams', 'double precision', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('portions_pk', ['user_id', 'food_id'])
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('portions').execute();
    await db.schema.alterTable('meal_logs').dropColumn('version').execute();
  },
};
