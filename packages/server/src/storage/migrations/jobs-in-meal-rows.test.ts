import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { disposedAfterEach, migrationDialects } from '../../testing/migration-dialects.js';

const T = '2026-11-26T07:00:00.000Z';

describe.each(await migrationDialects())('migration 0005 (jobs move into meal rows) on $name', ({ open }) => {
  const openDatabase = disposedAfterEach(open);

  it('moves each job into its meal row, and back down again', async () => {
    const opened = await openDatabase();
    const { db, to } = opened;
    await to('0004-job-partial-indexes');
    await sql`insert into users values ('u1', 'a@example.com', 'hash', ${T})`.execute(db);
    const meal = (id: string, status: string) =>
      sql`insert into meal_logs (id, user_id, status, raw_input, meal_type, logged_at, created_at, updated_at, items)
          values (${id}, 'u1', ${status}, 'toast', null, ${T}, ${T}, ${T}, '[]')`.execute(db);
    await meal('m-queued', 'processing');
    await meal('m-leased', 'processing');
    await meal('m-done', 'completed');
    await sql`insert into jobs values
      ('j1', 'm-queued', 'u1', 'queued', 2, '2026-11-26T07:01:00.000Z', null, null, 'parser timed out', ${T}, ${T}),
      ('j2', 'm-leased', 'u1', 'running', 1, ${T}, 'worker-a', '2026-11-26T07:00:30.000Z', null, ${T}, ${T})`.execute(
      db,
    );

    await to('0005-jobs-in-meal-rows');
    const moved = await sql<Record<string, unknown>>`
      select id, job_status, job_attempts, job_run_at, job_lease_owner, job_lease_until, job_last_error
      from meal_logs order by id`.execute(db);
    expect(moved.rows.map((row) => ({ ...row, job_attempts: Number(row.job_attempts) }))).toEqual([
      {
        id: 'm-done',
        job_status: null,
        job_attempts: 0,
        job_run_at: null,
        job_lease_owner: null,
        job_lease_until: null,
        job_last_error: null,
      },
      {
        id: 'm-leased',
        job_status: 'running',
        job_attempts: 1,
        job_run_at: T,
        job_lease_owner: 'worker-a',
        job_lease_until: '2026-11-26T07:00:30.000Z',
        job_last_error: null,
      },
      {
        id: 'm-queued',
        job_status: 'queued',
        job_attempts: 2,
        job_run_at: '2026-11-26T07:01:00.000Z',
        job_lease_owner: null,
        job_lease_until: null,
        job_last_error: 'parser timed out',
      },
    ]);
    await expect(sql`select count(*) from jobs`.execute(db)).rejects.toThrow();

    await to('0004-job-partial-indexes');
    const back = await sql<Record<string, unknown>>`
      select id, meal_log_id, status, attempts, lease_owner, last_error from jobs order by meal_log_id`.execute(
      db,
    );
    expect(back.rows.map((row) => ({ ...row, attempts: Number(row.attempts) }))).toEqual([
      {
        id: 'm-leased',
        meal_log_id: 'm-leased',
        status: 'running',
        attempts: 1,
        lease_owner: 'worker-a',
        last_error: null,
      },
      {
        id: 'm-queued',
        meal_log_id: 'm-queued',
        status: 'queued',
        attempts: 2,
        lease_owner: null,
        last_error: 'parser timed out',
      },
    ]);
  });
});
