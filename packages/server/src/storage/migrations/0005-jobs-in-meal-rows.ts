import { type Kysely, type Migration, sql } from 'kysely';

const JOB_COLUMNS = [
  ['job_status', 'text'],
  ['job_run_at', 'text'],
  ['job_lease_owner', 'text'],
  ['job_lease_until', 'text'],
  ['job_last_error', 'text'],
] as const;

/**
 * A meal's job moves into the meal's row. Every meal was written with exactly one job and the job
 * was deleted with the outcome, so the jobs table was a second row, with three indexes of its own,
 * written and deleted once per meal: on SQLite those writes were about a seventh of the time a meal's
 * statements and commits took. The partial indexes hold only the meals whose job waits or runs.
 */
export const jobsInMealRows: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [name, type] of JOB_COLUMNS) {
      await db.schema.alterTable('meal_logs').addColumn(name, type).execute();
    }
    await db.schema
      .alterTable('meal_logs')
      .addColumn('job_attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // UPDATE … FROM is spelled the same by PostgreSQL and SQLite (3.33 and later).
    await sql`
      update meal_logs set
        job_status = jobs.status, job_attempts = jobs.attempts, job_run_at = jobs.run_at,
        job_lease_owner = jobs.lease_owner, job_lease_until = jobs.lease_until,
        job_last_error = jobs.last_error
      from jobs where jobs.meal_log_id = meal_logs.id`.execute(db);
    await db.schema.dropTable('jobs').execute();
    await db.schema
      .createIndex('meal_jobs_due')
      .on('meal_logs')
      .column('job_run_at')
      .where(sql.ref('job_status'), '=', 'queued')
      .execute();
    await db.schema
      .createIndex('meal_jobs_lease_expiry')
      .on('meal_logs')
      .column('job_lease_until')
      .where(sql.ref('job_status'), '=', 'running')
      .execute();
  },

  async down(db: Kysely<unknown>) {
    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('meal_log_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('run_at', 'text', (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'text')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await sql`
      insert into jobs (id, meal_log_id, user_id, status, attempts, run_at, lease_owner, lease_until,
        last_error, created_at, updated_at)
      select id, id, user_id, job_status, job_attempts, coalesce(job_run_at, updated_at), job_lease_owner,
        job_lease_until, job_last_error, updated_at, updated_at
      from meal_logs where job_status is not null`.execute(db);
    await db.schema.createIndex('jobs_by_meal').on('jobs').column('meal_log_id').execute();
    await db.schema
      .createIndex('jobs_due')
      .on('jobs')
      .column('run_at')
      .where(sql.ref('status'), '=', 'queued')
      .execute();
    await db.schema
      .createIndex('jobs_lease_expiry')
      .on('jobs')
      .column('lease_until')
      .where(sql.ref('status'), '=', 'running')
      .execute();
    await db.schema.dropIndex('meal_jobs_due').execute();
    await db.schema.dropIndex('meal_jobs_lease_expiry').execute();
    for (const name of ['job_attempts', ...JOB_COLUMNS.map(([column]) => column)]) {
      await db.schema.alterTable('meal_logs').dropColumn(name).execute();
    }
  },
};
