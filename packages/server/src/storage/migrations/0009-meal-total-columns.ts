import type { Nutrients } from '@fitiq/contract';
import { type Kysely, type Migration, sql } from 'kysely';

const BACKFILL_PAGE = 500;

/** Each meal's totals as a column of its own, beside the JSON; in the order of Nutrients. */
const TOTAL_COLUMNS = [
  ['total_calories', 'calories'],
  ['total_protein_g', 'protein_g'],
  ['total_carbs_g', 'carbs_g'],
  ['total_fat_g', 'fat_g'],
] as const satisfies ReadonlyArray<readonly [string, keyof Nutrients]>;

/**
 * Copies the totals of the meals stored before the columns existed, a page at a time, one UPDATE per
 * page. The JSON is read here rather than in SQL, the same way on both engines: JSON.parse and the
 * driver's numbers are exact, so each column holds the very number the JSON holds.
 */
const backfillTotals = async (db: Kysely<unknown>) => {
  for (let after = ''; ; ) {
    const { rows } = await sql<{ id: string; totals: string }>`
      select id, totals from meal_logs where totals is not null and id > ${after}
      order by id limit ${BACKFILL_PAGE}`.execute(db);
    const last = rows.at(-1);
    if (!last) return;
    const parsed = rows.map((row) => ({ id: row.id, totals: JSON.parse(row.totals) as Nutrients }));
    const assignments = TOTAL_COLUMNS.map(([column, key]) => {
      const cases = sql.join(
        parsed.map((row) => sql`when ${row.id} then cast(${row.totals[key]} as double precision)`),
        sql` `,
      );
      return sql`${sql.ref(column)} = case id ${cases} end`;
    });
    const ids = sql.join(rows.map((row) => row.id));
    await sql`update meal_logs set ${sql.join(assignments)} where id in (${ids})`.execute(db);
    after = last.id;
  }
};

/**
 * A completed meal's totals as numbers, for the summary, which sums a year of meals per local day in
 * SQL. From the JSON, PostgreSQL parses each row's text again for every number it reads (4 to 6 ms a
 * year, against 1 ms from numbers); read out and summed by the server instead, a year was 1,830 rows
 * for its main thread to parse, 2 to 4 ms a summary. The summary's index holds the numbers in place
 * of the JSON, so the sums read the index alone.
 */
export const mealTotalColumns: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [column] of TOTAL_COLUMNS)
      await db.schema.alterTable('meal_logs').addColumn(column, 'double precision').execute();
    await backfillTotals(db);
    await db.schema.dropIndex('meal_logs_completed_by_day').execute();
    await db.schema
      .createIndex('meal_logs_completed_totals_by_day')
      .on('meal_logs')
      .columns(['user_id', 'logged_at', ...TOTAL_COLUMNS.map(([column]) => column)])
      .where(sql.ref('status'), '=', 'completed')
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('meal_logs_completed_totals_by_day').execute();
    await db.schema
      .createIndex('meal_logs_completed_by_day')
      .on('meal_logs')
      .columns(['user_id', 'logged_at', 'totals'])
      .where(sql.ref('status'), '=', 'completed')
      .execute();
    for (const [column] of TOTAL_COLUMNS)
      await db.schema.alterTable('meal_logs').dropColumn(column).execute();
  },
};
