import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MealItem, Nutrients } from '@fitiq/contract';
import { registerUser, request, startTestServer } from '@fitiq/server/testing';
import pg from 'pg';
import { dayRange } from '../packages/server/src/meals/day-range.js';
import type { MealLogRecord } from '../packages/server/src/meals/meal-log-record.js';
import { sumNutrients } from '../packages/server/src/meals/totals.js';
import { createPostgresStorage } from '../packages/server/src/storage/postgres/postgres-storage.js';
import { newRecordId } from '../packages/server/src/storage/record-id.js';
import { createSqliteStorage } from '../packages/server/src/storage/sqlite/sqlite-storage.js';
import type { Storage } from '../packages/server/src/storage/storage.js';
import { createSummaryService } from '../packages/server/src/summary/summary-service.js';
import {
  createPostgresDatabase,
  postgresAvailable,
} from '../packages/server/src/testing/storage-dialects.js';
import { fmt, median, percentile, printTable } from './lib/stats.js';
import { mainThreadCpuMs } from './lib/thread-cpu.js';

type Options = { requests: number };

const FROM = '2024-01-01';
const TO = '2024-12-31'; // a leap year: 366 days, the longest range the API takes
const TZ = 'Europe/Paris'; // a zone with two DST days in the range
const MEALS_PER_DAY = 5;
/** Other users with a year of meals each, so the index has to find the one user among them. */
const OTHER_USERS = 4;
const TARGET_P99_MS = 20;

const item = (name: string, grams: number, calories: number): MealItem => ({
  id: name.slice(0, 8),
  food_id: `bench-${name}`,
  name,
  quantity: 1,
  unit: 'serving',
  grams,
  calories,
  protein_g: calories / 20,
  carbs_g: calories / 8,
  fat_g: calories / 40,
  measures: [{ unit: 'serving', label: '1 serving', grams }],
  assumed: [],
  source: 'parser',
});

/** A realistic row: a few items with their measures, so the table is as wide as a real one. */
const ITEMS = [item('scrambled eggs', 120, 180), item('toast', 30, 80), item('orange juice', 250, 110)];
const TOTALS: Nutrients = sumNutrients(ITEMS);

/** Five completed meals a day, every day of 2024, for one user. */
const seedYear = async (storage: Storage, userId: string) => {
  const start = Date.parse(`${FROM}T00:00:00Z`);
  for (let day = 0; day < 366; day++) {
    const meals: MealLogRecord[] = [];
    for (let n = 0; n < MEALS_PER_DAY; n++) {
      const at = new Date(start + day * 86_400_000 + (7 + n * 3) * 3_600_000).toISOString();
      meals.push({
        id: newRecordId(),
        userId,
        status: 'completed',
        rawInput: `bench meal ${n}`,
        mealType: null,
        loggedAt: at,
        createdAt: at,
        updatedAt: at,
        version: 2,
        items: ITEMS,
        totals: TOTALS,
        error: null,
      });
    }
    await storage.transaction(async (tx) => {
      for (const meal of meals) await tx.meals.insert(meal, null);
    });
  }
};

/**
 * The baseline: what a client or a server without the summary would do, one day view's read per
 * date (the query GET /meal-logs?date= runs), each day's bounds worked out on its own.
 */
const naivePerDay = async (storage: Storage, userId: string) => {
  const days = [];
  for (let ms = Date.parse(FROM); ms <= Date.parse(TO); ms += 86_400_000) {
    const date = new Date(ms).toISOString().slice(0, 10);
    const meals = await storage.repos.meals.listLoggedBetween(userId, dayRange(date, TZ));
    const completed = meals.filter((m) => m.status === 'completed' && m.totals !== null);
    days.push({
      date,
      ...sumNutrients(completed.map((m) => m.totals as Nutrients)),
      meals: completed.length,
    });
  }
  return days;
};

type Timed = number[] & { cpuPerRunMs: number | null };

/**
 * Wall-clock time of each run, and this process's main-thread CPU per run over all of them: on a
 * machine whose cores are shared, the wall clock also counts the time others held the core, the CPU
 * time only what the work itself cost (for PostgreSQL, the client's part: the server's is elsewhere).
 */
const timed = async (runs: number, work: () => Promise<unknown>): Promise<Timed> => {
  const times: number[] = [];
  const cpuBefore = mainThreadCpuMs(process.pid);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const cpuAfter = mainThreadCpuMs(process.pid);
  const cpuPerRunMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / runs;
  return Object.assign(times, { cpuPerRunMs });
};

const cpu = (times: Timed) => (times.cpuPerRunMs === null ? 'n/a' : fmt(times.cpuPerRunMs, 2));

/**
 * `settle` brings the seeded tables to the state a live database is in: on PostgreSQL a year of rows
 * inserted a moment ago is neither analyzed nor marked all-visible, so the covering index cannot be
 * read alone and autovacuum would wake in the middle of the timed runs. Autovacuum has long done both
 * on a table that has been written to day by day.
 */
type Opened = { storage: Storage; settle: () => Promise<void>; dispose: () => Promise<void> };

const DIALECTS: Array<{ name: string; open: () => Promise<Opened | null> }> = [
  {
    name: 'sqlite',
    open: async () => {
      const storage = createSqliteStorage(
        join(mkdtempSync(join(tmpdir(), 'fitiq-bench-summary-')), 'bench.db'),
      );
      // SQLite keeps no visibility map and plans this query from the index alone.
      return { storage, settle: async () => {}, dispose: () => storage.close() };
    },
  },
  {
    name: 'postgres',
    open: async () => {
      if (!(await postgresAvailable())) {
        console.warn(
          '  [bench] SKIPPING PostgreSQL: no server at the test URL (see FITIQ_TEST_POSTGRES_URL)',
        );
        return null;
      }
      const database = await createPostgresDatabase();
      const storage = createPostgresStorage({ connectionString: database.url });
      return {
        storage,
        settle: async () => {
          const client = new pg.Client({ connectionString: database.url });
          await client.connect();
          try {
            await client.query('vacuum analyze meal_logs');
          } finally {
            await client.end();
          }
        },
        dispose: async () => {
          await storage.close();
          await database.drop();
        },
      };
    },
  },
];

/**
 * GET /summary for a 366-day range of a user with five meals a day (1,830 meals), on SQLite and on
 * PostgreSQL: the summary's one indexed query against a per-day loop of the day view's query, both
 * measured in-process on the same data in the same run, then the whole route over HTTP.
 * Target: p99 < 20 ms.
 */
export const benchSummary = async ({ requests }: Options) => {
  console.log(
    `\nSummary: ${FROM}..${TO} (${TZ}), ${MEALS_PER_DAY} meals a day, ${OTHER_USERS} other users as large; ${requests} requests each`,
  );
  const rows: string[][] = [];
  for (const dialect of DIALECTS) {
    const opened = await dialect.open();
    if (!opened) continue;
    const server = await startTestServer({ storage: opened.storage });
    try {
      const session = await registerUser(server.url);
      for (let i = 0; i < OTHER_USERS; i++)
        await seedYear(opened.storage, (await registerUser(server.url)).user.id);
      await seedYear(opened.storage, session.user.id);
      await opened.settle();
      const summaries = createSummaryService(opened.storage);
      const userId = session.user.id;
      const query = `/api/v1/summary?from=${FROM}&to=${TO}&tz=${TZ}`;

      // Both reads must agree before either is timed.
      const fast = await summaries.summary(userId, FROM, TO, TZ);
      const slow = await naivePerDay(opened.storage, userId);
      if (JSON.stringify(fast.days) !== JSON.stringify(slow))
        throw new Error(`${dialect.name}: the summary and the per-day loop disagree`);
      if (fast.averages.days_logged !== 366) throw new Error(`${dialect.name}: seeded days missing`);

      const warmup = Math.max(5, Math.floor(requests / 10));
      await timed(warmup, () => summaries.summary(userId, FROM, TO, TZ));
      await timed(warmup, () => naivePerDay(opened.storage, userId));
      const summary = await timed(requests, () => summaries.summary(userId, FROM, TO, TZ));
      const baseline = await timed(Math.max(5, Math.floor(requests / 4)), () =>
        naivePerDay(opened.storage, userId),
      );
      let resets = 0;
      // On this shared machine a request now and then meets a reset connection: it is sent again,
      // and counted in the table, so a figure never hides one.
      const get = async () => {
        try {
          return await request(server.url, 'GET', query, { token: session.access_token });
        } catch (error) {
          resets++;
          if (resets > requests / 10) throw error;
          return request(server.url, 'GET', query, { token: session.access_token });
        }
      };
      await timed(warmup, get);
      const http = await timed(requests, get);

      const p99 = percentile(summary, 99);
      rows.push(
        [
          dialect.name,
          'per-day loop (baseline)',
          fmt(median(baseline), 2),
          fmt(percentile(baseline, 99), 2),
          cpu(baseline),
          '1',
        ],
        [
          dialect.name,
          'summary, one query',
          fmt(median(summary), 2),
          fmt(p99, 2),
          cpu(summary),
          `${fmt(median(baseline) / median(summary), 1)}x faster`,
        ],
        [
          dialect.name,
          'GET /summary over HTTP',
          fmt(median(http), 2),
          fmt(percentile(http, 99), 2),
          cpu(http),
          `p99 < ${TARGET_P99_MS} ms: ${percentile(http, 99) < TARGET_P99_MS ? 'yes' : 'NO'}` +
            (resets > 0 ? ` (${resets} resent)` : ''),
        ],
      );
    } finally {
      await server.close();
      await opened.dispose();
    }
  }
  printTable(
    'Summary of a 366-day range (ms)',
    ['storage', 'read', 'median', 'p99', 'CPU/run', 'vs baseline'],
    rows,
  );
  // Latency on a shared machine says as much about its other tenants as about the code.
  console.log(
    `load average at the end: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' / ')} (1 / 5 / 15 min)`,
  );
};
