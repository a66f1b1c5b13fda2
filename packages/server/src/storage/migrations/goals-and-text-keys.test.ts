import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { disposedAfterEach, migrationDialects } from '../../testing/migration-dialects.js';

const T = '2026-11-26T07:00:00.000Z';

describe.each(await migrationDialects())(
  'migration 0007 (goals, text keys of meals) on $name',
  ({ open }) => {
    const openDatabase = disposedAfterEach(open);

    it('gives every meal stored before it its text key, page after page, and goes down again', async () => {
      const opened = await openDatabase();
      const { db, to } = opened;
      await to('0006-meal-versions-and-portions');
      await sql`insert into users values ('u1', 'a@example.com', 'hash', ${T})`.execute(db);
      await sql`insert into streams (user_id, head) values ('u1', 0)`.execute(db);
      const meal = (id: string, text: string, at: string, status = 'completed') =>
        sql`(${id}, 'u1', ${status}, ${text}, null, ${at}, ${at}, ${at}, '[]', ${status === 'completed' ? '{"calories":1,"protein_g":0,"carbs_g":0,"fat_g":0}' : null})`;
      // More meals than one page of the backfill, so it must walk on from page to page.
      const filler = Array.from({ length: 1100 }, (_, i) =>
        meal(`m-${String(i).padStart(4, '0')}`, `meal number ${i % 7}`, '2026-11-01T00:00:00.000Z'),
      );
      const named = [
        meal('z-1', 'Two  Eggs', '2026-11-20T08:00:00.000Z'),
        meal('z-2', ' two eggs\t', '2026-11-21T08:00:00.000Z'),
        meal('z-3', 'TOAST', '2026-11-22T08:00:00.000Z'),
        meal('z-4', 'soup', '2026-11-23T08:00:00.000Z', 'failed'),
      ];
      await sql`insert into meal_logs (id, user_id, status, raw_input, meal_type, logged_at, created_at, updated_at, items, totals)
      values ${sql.join([...filler, ...named])}`.execute(db);

      const storage = opened.storage();
      await storage.migrate();
      const missing = await sql<{
        n: number;
      }>`select count(*) as n from meal_logs where text_key is null`.execute(db);
      expect(Number(missing.rows[0]?.n)).toBe(0);
      const keys = await sql<{ id: string; text_key: string }>`
      select id, text_key from meal_logs where id like 'z-%' order by id`.execute(db);
      expect(keys.rows).toEqual([
        { id: 'z-1', text_key: 'two eggs' },
        { id: 'z-2', text_key: 'two eggs' },
        { id: 'z-3', text_key: 'toast' },
        { id: 'z-4', text_key: 'soup' },
      ]);
      const recent = await storage.repos.history.recentCompleted('u1', 50);
      expect(recent.map((m) => m.id).slice(0, 2)).toEqual(['z-3', 'z-2']);
      expect(recent).toHaveLength(2 + 7);
      expect(await storage.repos.goals.find('u1')).toBeNull();

      await to('0006-meal-versions-and-portions');
      const columns = await sql<{ id: string }>`select * from meal_logs where id = 'z-1'`.execute(db);
      expect(Object.keys(columns.rows[0] ?? {})).not.toContain('text_key');
    });
  },
);
