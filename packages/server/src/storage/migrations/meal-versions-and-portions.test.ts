import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { disposedAfterEach, migrationDialects } from '../../testing/migration-dialects.js';

const T = '2026-11-26T07:00:00.000Z';
const OLD_ITEM = {
  name: 'White bread',
  quantity: 1,
  unit: 'slice',
  grams: 29,
  calories: 77,
  protein_g: 2.6,
  carbs_g: 14.3,
  fat_g: 1,
};

describe.each(await migrationDialects())(
  'migration 0006 (meal versions, remembered portions) on $name',
  ({ open }) => {
    const openDatabase = disposedAfterEach(open);

    it('meals stored before it get a version (2 once processed) and read with v1.1 items; it goes down again', async () => {
      const opened = await openDatabase();
      const { db, to } = opened;
      await to('0005-jobs-in-meal-rows');
      await sql`insert into users values ('u1', 'a@example.com', 'hash', ${T})`.execute(db);
      await sql`insert into streams (user_id, head) values ('u1', 2)`.execute(db);
      const meal = (id: string, status: string, items: string) =>
        sql`insert into meal_logs (id, user_id, status, raw_input, meal_type, logged_at, created_at, updated_at, items)
          values (${id}, 'u1', ${status}, 'toast', null, ${T}, ${T}, ${T}, ${items})`.execute(db);
      await meal('m-done', 'completed', JSON.stringify([OLD_ITEM, { ...OLD_ITEM, name: 'Butter' }]));
      await meal('m-waiting', 'processing', '[]');

      const storage = opened.storage();
      await storage.migrate();
      const done = await storage.repos.meals.find('u1', 'm-done');
      expect(done?.version).toBe(2);
      expect(done?.items).toEqual([
        { ...OLD_ITEM, id: '1', food_id: null, measures: [], assumed: [], source: 'parser' },
        { ...OLD_ITEM, name: 'Butter', id: '2', food_id: null, measures: [], assumed: [], source: 'parser' },
      ]);
      expect((await storage.repos.meals.find('u1', 'm-waiting'))?.version).toBe(1);
      expect(await storage.repos.portions.listForUser('u1')).toEqual([]);

      await to('0005-jobs-in-meal-rows');
      const columns = await sql<{ id: string }>`select * from meal_logs where id = 'm-done'`.execute(db);
      expect(Object.keys(columns.rows[0] ?? {})).not.toContain('version');
    });
  },
);
