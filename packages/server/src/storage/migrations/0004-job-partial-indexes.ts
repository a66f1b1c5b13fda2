import { type Kysely, type Migration, sql } from 'kysely';

/**
 * A job is either waiting (found by `run_at`) or leased (found by `lease_until`), never both, so
 * each claim query gets a partial index holding only the jobs it can match. Every enqueue then
 * writes one of these indexes instead of two, and the status column no longer leads every key.
 */
export const jobPartialIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('jobs_ready').execute();
    await db.schema.dropIndex('jobs_leased').execute();
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
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('jobs_due').execute();
    await db.schema.dropIndex('jobs_lease_expiry').execute();
    await db.schema.createIndex('jobs_ready').on('jobs').columns(['status', 'run_at']).execute();
    await db.schema.createIndex('jobs_leased').on('jobs').columns(['status', 'lease_until']).execute();
  },
};
