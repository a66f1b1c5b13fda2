import type { Nutrients } from '@fitiq/contract';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { disposedAfterEach, migrationDialects } from '../../testing/migration-dialects.js';

const T = '2026-11-26T07:00:00.000Z';
const DAY = { starts: '2026-11-01T00:00:00.000Z', ends: '2026-11-02T00:00:00.000Z' };

/** Numbers whose shortest text is long, or whose sum is not a tenth: they must come through exact. */
const AWKWARD: Nutrients[] = [
  { calories: 0.1 + 0.2, protein_g: 46.300000000000004, carbs_g: 1 / 3, fat_g: 0 },
  { calories: 1234.5678901234567, protein_g: 2 / 3, carbs_g: 1e-7, fat_g: 98765.4321 },
];

type Row = {
  id: string;
  totals: string | null;
  total_calories: number | null;
  total_protein_g: number | null;
  total_carbs_g: number | null;
  total_fat_g: number | null;
};

describe.each(await migrationDialects())('migration 0009 (totals as numbers) on $name', ({ open }) => {
  const openDatabase = disposedAfterEach(open);

  it("copies every meal's totals into its columns exactly, page after page, and goes down again", async () => {
    const opened = await openDatabase();
    const { db, to } = opened;
    await to('0008-push-subscriptions');
    await sql`insert into users values ('u1', 'a@example.com', 'hash', ${T})`.execute(db);
    await sql`insert into streams (user_id, head) values ('u1', 0)`.execute(db);
    const meal = (id: string, totals: Nutrients | null, status = 'completed', at = DAY.starts) =>
      sql`(${id}, 'u1', ${status}, 'a meal', null, ${at}, ${at}, ${at}, '[]', ${totals === null ? null : JSON.stringify(totals)})`;
    // More meals than one page of the backfill, so it must walk on from page to page.
    const filler = Array.from({ length: 1100 }, (_, i) =>
      meal(`m-${String(i).padStart(4, '0')}`, { calories: i / 10, protein_g: i, carbs_g: 0.5, fat_g: 1.1 }),
    );
    const others = [
      meal('z-1', AWKWARD[0] ?? null),
      meal('z-2', AWKWARD[1] ?? null, 'completed', '2026-11-01T23:59:59.999Z'),
      meal('z-3', null, 'failed'),
      meal('z-4', null, 'processing'),
    ];
    await sql`insert into meal_logs (id, user_id, status, raw_input, meal_type, logged_at, created_at, updated_at, items, totals)
      values ${sql.join([...filler, ...others])}`.execute(db);

    const storage = opened.storage();
    await storage.migrate();
    const { rows } = await sql<Row>`
      select id, totals, total_calories, total_protein_g, total_carbs_g, total_fat_g from meal_logs order by id`.execute(
      db,
    );
    expect(rows).toHaveLength(1104);
    for (const row of rows) {
      const totals = row.totals === null ? null : (JSON.parse(row.totals) as Nutrients);
      expect([row.total_calories, row.total_protein_g, row.total_carbs_g, row.total_fat_g]).toEqual(
        totals === null
          ? [null, null, null, null]
          : [totals.calories, totals.protein_g, totals.carbs_g, totals.fat_g],
      );
    }
    const [z1, z2] = rows.filter((row) => row.id === 'z-1' || row.id === 'z-2');
    expect(z1?.total_calories).toBe(0.30000000000000004);
    expect(z2?.total_calories).toBe(1234.5678901234567);

    // The summary reads the columns: the day's 1,102 completed meals, summed.
    const [day] = await storage.repos.history.completedTotalsByDay('u1', [DAY.starts, DAY.ends]);
    expect(day?.meals).toBe(1102);
    expect(day?.protein_g).toBeCloseTo((1099 * 1100) / 2 + 46.300000000000004 + 2 / 3, 6);

    await to('0008-push-subscriptions');
    const columns = await sql`select * from meal_logs where id = 'z-1'`.execute(db);
    expect(Object.keys(columns.rows[0] ?? {})).not.toContain('total_calories');
    await to('0009-meal-total-columns');
    const again = await sql<Row>`select total_calories from meal_logs where id = 'z-2'`.execute(db);
    expect(again.rows[0]?.total_calories).toBe(1234.5678901234567);
  });
});
