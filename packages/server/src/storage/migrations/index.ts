import type { Migration, MigrationProvider } from 'kysely';
import { initial } from './0001-initial.js';
import { jobLeasesIndex } from './0002-job-leases-index.js';
import { sessions } from './0003-sessions.js';
import { jobPartialIndexes } from './0004-job-partial-indexes.js';
import { jobsInMealRows } from './0005-jobs-in-meal-rows.js';
import { mealVersionsAndPortions } from './0006-meal-versions-and-portions.js';
import { goals } from './0007-goals.js';
import { pushSubscriptions } from './0008-push-subscriptions.js';
import { mealTotalColumns } from './0009-meal-total-columns.js';

/**
 * Migrations are compiled into the program rather than read from a folder at run time, so the built
 * server and the tests run exactly the same list. Names sort in the order they must run.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-job-leases-index': jobLeasesIndex,
  '0003-sessions': sessions,
  '0004-job-partial-indexes': jobPartialIndexes,
  '0005-jobs-in-meal-rows': jobsInMealRows,
  '0006-meal-versions-and-portions': mealVersionsAndPortions,
  '0007-goals': goals,
  '0008-push-subscriptions': pushSubscriptions,
  '0009-meal-total-columns': mealTotalColumns,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
