import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MealLog, StreamEvent } from '@fitiq/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { logMeal, registerUser, request } from '../testing/http-client.js';
import { readMetric } from '../testing/metrics-reader.js';
import { type ServerProcess, spawnServer } from '../testing/server-process.js';
import { createPostgresDatabase, postgresAvailable } from '../testing/storage-dialects.js';

const withPostgres = await postgresAvailable();

const running: ServerProcess[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const spawn = async (env: Record<string, string>) => {
  const server = await spawnServer(env);
  running.push(server);
  return server;
};

/** Short leases so a takeover happens within a second or two; the worker polls every 50 ms. */
const LEASES = { FITIQ_JOB_LEASE_MS: '1000', FITIQ_JOB_POLL_MS: '50' };
/** A parse that outlasts the test: the meals are in flight on this worker until it dies or is paused. */
const SLOW = { FITIQ_PROCESSING_DELAY_MS: '600000' };
const QUICK = { FITIQ_PROCESSING_DELAY_MS: '0' };

const statusOf = async (url: string, token: string, id: string) =>
  (await request<MealLog>(url, 'GET', `/api/v1/meal-logs/${id}`, { token })).body.status;

const eventTypes = async (url: string, token: string) =>
  (await request<{ events: StreamEvent[] }>(url, 'GET', '/api/v1/events?after=0', { token })).body.events
    .map((event) => event.type)
    .sort();

describe('a worker that stops mid-job, with a second worker running', { timeout: 120_000 }, () => {
  it('killed (SIGKILL): the other worker takes its meals over once their lease ends, each completes once', async () => {
    const shared = { FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-takeover-')), ...LEASES };
    const doomed = await spawn({ ...shared, ...SLOW });
    const survivor = await spawn({ ...shared, ...QUICK });
    const { access_token: token } = await registerUser(doomed.url);
    const meals: MealLog[] = [];
    for (const text of ['2 eggs', 'a banana', 'a bowl of rice'])
      meals.push((await logMeal(doomed.url, token, text)).body);

    const killedAt = performance.now();
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    for (const meal of meals)
      await expect
        .poll(() => statusOf(survivor.url, token, meal.id), { timeout: 30_000, interval: 20 })
        .toBe('completed');
    // Reported, not asserted (the machine's load decides it): the lease (1 s) plus a poll (50 ms).
    console.info(
      `[lease takeover] meals completed ${Math.round(performance.now() - killedAt)} ms after SIGKILL`,
    );

    expect(await readMetric(survivor.url, 'fitiq_jobs_started_total{source="claim"}')).toBe(3);
    expect(await eventTypes(survivor.url, token)).toEqual([
      ...Array(3).fill('meal_log.completed'),
      ...Array(3).fill('meal_log.created'),
    ]);
  });

  it.skipIf(!withPostgres)(
    'paused (SIGSTOP) past its lease on PostgreSQL: the other worker completes the meal, and the paused one commits nothing once resumed',
    async () => {
      const database = await createPostgresDatabase();
      cleanups.push(database.drop);
      const shared = {
        DATABASE_URL: database.url,
        FITIQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'fitiq-pause-')),
        ...LEASES,
      };
      const paused = await spawn({ ...shared, ...SLOW });
      const other = await spawn({ ...shared, ...QUICK });
      const { access_token: token } = await registerUser(paused.url);
      const meal = (await logMeal(paused.url, token, 'a cup of oatmeal')).body;

      paused.child.kill('SIGSTOP');
      await expect
        .poll(() => statusOf(other.url, token, meal.id), { timeout: 30_000, interval: 20 })
        .toBe('completed');
      paused.child.kill('SIGCONT');
      // Its first renewal after waking finds the lease taken over, and its parse is abandoned.
      await expect
        .poll(() => readMetric(paused.url, 'fitiq_job_leases_lost_total{noticed_by="renewal"}'), {
          timeout: 30_000,
        })
        .toBe(1);

      expect(await readMetric(other.url, 'fitiq_jobs_started_total{source="claim"}')).toBe(1);
      expect(await readMetric(paused.url, 'fitiq_processing_outcomes_total{outcome="completed"}')).toBe(0);
      const stored = (await request<MealLog>(other.url, 'GET', `/api/v1/meal-logs/${meal.id}`, { token }))
        .body;
      expect(stored.version).toBe(2);
      expect(await eventTypes(other.url, token)).toEqual(['meal_log.completed', 'meal_log.created']);
    },
  );
});
