import type { Kysely, Migration } from 'kysely';

/** Expired leases are found by an ordered index scan, like due jobs (jobs_ready). */
export const jobLeasesIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('jobs_leased').on('jobs').columns(['status', 'lease_until']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('jobs_leased').execute();
  },
};
